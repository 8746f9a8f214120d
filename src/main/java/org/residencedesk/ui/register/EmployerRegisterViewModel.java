package org.residencedesk.ui.register;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.residencedesk.domain.DateFormats;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.permit.PermitMessages;
import org.residencedesk.domain.register.EmployerSummary;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.service.Operator;
import org.residencedesk.service.register.Employee;
import org.residencedesk.service.register.EmployerPage;
import org.residencedesk.service.register.EmployerRecord;
import org.residencedesk.service.register.EmployerRegisterService;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.Pages;
import org.residencedesk.ui.Fxml;
import org.residencedesk.ui.PersonNavigation;

/**
 * 登记簿 · 单位: search by name, its pinyin initials, credit code or address, page through the employers, and open
 * one: its details and the people registered as working there now and before, each with the permits this station
 * holds for them (ID numbers masked). Testable without a window.
 */
public final class EmployerRegisterViewModel {
    public static final int PAGE_SIZE = 20;

    /** One person on an employer page with their permits. */
    public record EmployeeRow(Employee employee, boolean now) {
        public String registeredOn() {
            return employee.registration().registeredOn().format(DateFormats.CHINESE_DATE);
        }

        public String status() {
            return Fxml.text("registration.status." + employee.registration().status().name());
        }

        /** 居住证: number (or acceptance number) and status of each permit, 无 when there is none. */
        public String permits() {
            if (employee.permits().isEmpty()) return Fxml.text("register.employer.noPermit");
            return employee.permits().stream().map(EmployeeRow::permit).collect(Collectors.joining("；"));
        }

        private static String permit(PermitSummary p) {
            String number = p.permitNumber() != null ? p.permitNumber()
                    : p.acceptanceNumber() != null ? p.acceptanceNumber() : "";
            String status = PermitMessages.label(p.status());
            return number.isEmpty() ? status : number + " " + status;
        }
    }

    private final EmployerRegisterService employers;
    private final Operator operator;
    final StringProperty text = new SimpleStringProperty("");
    private final RegisterBrowser<EmployerSummary, EmployerPage> browser;
    final StringProperty message;
    final ObservableList<EmployerSummary> results;
    final IntegerProperty page;
    final BooleanProperty more;
    final ObjectProperty<EmployerSummary> selected;
    final ObjectProperty<EmployerPage> opened;
    final StringProperty heading = new SimpleStringProperty("");
    final StringProperty details = new SimpleStringProperty("");
    final ObservableList<EmployeeRow> employees = FXCollections.observableArrayList();
    final ObjectProperty<EmployeeRow> selectedEmployee = new SimpleObjectProperty<>();
    /** The employer 同步's 打开更正 asked for (ADR 0374): the view selects its row and opens 变更 on it. */
    final ObjectProperty<EmployerRecord> correcting = new SimpleObjectProperty<>();
    private final BackgroundWork work;

    public EmployerRegisterViewModel(EmployerRegisterService employers, Operator operator, BackgroundWork work) {
        this.employers = employers;
        this.operator = operator;
        this.work = work;
        this.browser = new RegisterBrowser<>(work, PAGE_SIZE, "register.employer.noneFound", p -> {
            String t = text.get();
            return () -> employers.search(operator, t, null, p * PAGE_SIZE, PAGE_SIZE + 1);
        }, EmployerSummary::id, id -> employers.open(operator, id), this::show);
        this.message = browser.message;
        this.selected = browser.selected;
        this.opened = browser.opened;
        this.results = browser.pages.results();
        this.page = browser.pages.page();
        this.more = browser.pages.more();
    }

    public boolean mayWrite() {
        return operator.may(Permission.REGISTER_WRITE);
    }

    public void search() {
        browser.pages.first();
    }

    public void nextPage() {
        browser.pages.next();
    }

    public void previousPage() {
        browser.pages.previous();
    }

    public void open() {
        browser.open();
    }

    public void open(long employerId) {
        browser.open(employerId);
    }

    /**
     * 打开更正 of a rejected EMPLOYER_* event (ADR 0374): the employer with this credit code listed alone, its page
     * opened and {@link #correcting} set, so the view selects its row and opens its 变更 form; {@code notFound} runs
     * (FX thread) when this station has no such employer.
     */
    public void correct(String creditCode, Runnable notFound) {
        work.run(() -> employers.findByCreditCode(operator, creditCode), found -> found.ifPresentOrElse(employer -> {
            text.set(employer.creditCode());
            search();
            open(employer.id());
            correcting.set(null);
            correcting.set(employer);
        }, notFound), invalid -> notFound.run(), message::set);
    }

    private void show(EmployerPage p) {
        EmployerSummary s = p.summary();
        heading.set(Fxml.text("register.employer.heading", s.name(), s.creditCode()));
        details.set(Fxml.text("register.employer.details", s.addressText(), blankAsDash(s.contactName()),
                blankAsDash(s.contactPhone()), blankAsDash(s.industry()), p.employeesNow().size(),
                p.employeesBefore().size()));
        List<EmployeeRow> rows = new ArrayList<>();
        p.employeesNow().forEach(e -> rows.add(new EmployeeRow(e, true)));
        p.employeesBefore().forEach(e -> rows.add(new EmployeeRow(e, false)));
        employees.setAll(rows);
    }

    EmployerRecord openedRecord() {
        return opened.get() == null ? null : opened.get().employer();
    }

    void saved(EmployerRecord employer) {
        browser.saved(employer.id(), Fxml.text("register.saved", employer.creditCode()));
    }

    PersonNavigation.Person selectedPerson() {
        EmployeeRow e = selectedEmployee.get();
        return e == null ? null : new PersonNavigation.Person(e.employee().registration().personId(),
                e.employee().registration().registrationId(), e.employee().registration().name());
    }

    private static String blankAsDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
