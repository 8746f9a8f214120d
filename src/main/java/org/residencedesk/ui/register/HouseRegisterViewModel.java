package org.residencedesk.ui.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.residencedesk.domain.DateFormats;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.register.HouseKind;
import org.residencedesk.domain.register.HouseListing;
import org.residencedesk.domain.register.HouseSummary;
import org.residencedesk.domain.register.ManagerKind;
import org.residencedesk.domain.register.Stay;
import org.residencedesk.domain.registration.RegistrationSummary;
import org.residencedesk.service.Operator;
import org.residencedesk.service.register.HousePage;
import org.residencedesk.service.register.HouseRecord;
import org.residencedesk.service.register.HouseRegisterService;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.Pages;
import org.residencedesk.ui.Fxml;
import org.residencedesk.ui.PersonNavigation;

/**
 * 登记簿 · 房屋: search by code, address, landlord name or its pinyin initials, filter by 超员 / 全部迁出 and kind,
 * page through the houses, and open one: its address, kind, landlord, capacity and the people registered there now
 * and before (ID numbers masked, arrival and leaving dates). Service calls run on the shell's worker; testable
 * without a window.
 */
public final class HouseRegisterViewModel {
    public static final int PAGE_SIZE = 20;

    /** One person on a house page: now living there or lived there before. */
    public record Occupant(RegistrationSummary registration, boolean now, Stay stay) {
        public String arrival() {
            return date(stay.arrivalDate());
        }

        public String leaving() {
            return date(stay.endDate());
        }

        public String status() {
            return Fxml.text("registration.status." + registration.status().name());
        }
    }

    private final HouseRegisterService houses;
    private final Operator operator;
    final StringProperty text = new SimpleStringProperty("");
    final ObjectProperty<HouseListing> listing = new SimpleObjectProperty<>(HouseListing.ALL);
    /** null: every kind. */
    final ObjectProperty<HouseKind> only = new SimpleObjectProperty<>(null);
    private final RegisterBrowser<HouseSummary, HousePage> browser;
    final StringProperty message;
    final ObservableList<HouseSummary> results;
    final IntegerProperty page;
    final BooleanProperty more;
    final ObjectProperty<HouseSummary> selected;
    final ObjectProperty<HousePage> opened;
    final StringProperty heading = new SimpleStringProperty("");
    final StringProperty details = new SimpleStringProperty("");
    final BooleanProperty overCapacity = new SimpleBooleanProperty(false);
    final ObservableList<Occupant> occupants = FXCollections.observableArrayList();
    final ObjectProperty<Occupant> selectedOccupant = new SimpleObjectProperty<>();
    /** The house 同步's 打开更正 asked for (ADR 0374): the view selects its row and opens 变更 on it. */
    final ObjectProperty<HouseRecord> correcting = new SimpleObjectProperty<>();
    private final BackgroundWork work;

    public HouseRegisterViewModel(HouseRegisterService houses, Operator operator, BackgroundWork work) {
        this.houses = houses;
        this.operator = operator;
        this.work = work;
        this.browser = new RegisterBrowser<>(work, PAGE_SIZE, "register.house.noneFound", p -> {
            String t = text.get();
            HouseListing l = listing.get();
            HouseKind k = only.get();
            return () -> houses.list(operator, l, t, k, p * PAGE_SIZE, PAGE_SIZE + 1);
        }, HouseSummary::id, id -> houses.open(operator, id), this::show);
        this.message = browser.message;
        this.selected = browser.selected;
        this.opened = browser.opened;
        this.results = browser.pages.results();
        this.page = browser.pages.page();
        this.more = browser.pages.more();
    }

    /** 新登记 and 变更 are offered only to an operator who may write the registers. */
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

    /** Opens the selected house's page (an audited look). */
    public void open() {
        browser.open();
    }

    /** Opens a house's page by its id (after a save, or from the list). */
    public void open(long houseId) {
        browser.open(houseId);
    }

    /**
     * 打开更正 of a rejected HOUSE_* event (ADR 0374): the house with this code listed alone, its page opened and
     * {@link #correcting} set, so the view selects its row and opens its 变更 form; {@code notFound} runs (FX thread)
     * when this station has no such house.
     */
    public void correct(String houseCode, Runnable notFound) {
        work.run(() -> houses.findByCode(operator, houseCode), found -> found.ifPresentOrElse(house -> {
            text.set(house.houseCode());
            listing.set(HouseListing.ALL);
            only.set(null);
            search();
            open(house.id());
            correcting.set(null);
            correcting.set(house);
        }, notFound), invalid -> notFound.run(), message::set);
    }

    private void show(HousePage p) {
        HouseSummary s = p.summary();
        heading.set(Fxml.text("register.house.heading", s.houseCode(), s.addressText()));
        details.set(detailText(p));
        overCapacity.set(p.overCapacity());
        List<Occupant> rows = new ArrayList<>();
        p.occupantsNow().forEach(r -> rows.add(new Occupant(r, true, p.stayOf(r.registrationId()))));
        p.occupantsBefore().forEach(r -> rows.add(new Occupant(r, false, p.stayOf(r.registrationId()))));
        occupants.setAll(rows);
    }

    /** The page's facts: kind, landlord or managing organisation with phone, rooms, capacity, who lives there. */
    static String detailText(HousePage p) {
        HouseSummary s = p.summary();
        HouseRecord h = p.house();
        String manager = s.managerKind() == ManagerKind.PERSON
                ? Fxml.text("register.house.managerPerson", s.managerName(), s.maskedManagerId(), s.managerPhone())
                : Fxml.text("register.house.managerOrganisation", s.managerName(), h.form().managerCreditCode(),
                s.managerPhone());
        String capacity = s.capacity() > 0 ? Fxml.text("register.house.capacity", s.capacity(), s.occupantsNow())
                : Fxml.text("register.house.capacityNotStated", s.occupantsNow());
        String state = p.overCapacity() ? Fxml.text("register.house.overCapacity")
                : p.allMovedOut() ? Fxml.text("register.house.allMovedOut") : "";
        return Fxml.text("register.house.details", Fxml.text(s.kind().labelKey()), manager, capacity,
                p.occupantsBefore().size()) + (state.isEmpty() ? "" : "  " + state);
    }

    /** The record of the open house (变更 starts from it), or null. */
    HouseRecord openedRecord() {
        return opened.get() == null ? null : opened.get().house();
    }

    /** After 新登记 or 变更: the list again and the saved house's page. */
    void saved(HouseRecord house) {
        browser.saved(house.id(), Fxml.text("register.saved", house.houseCode()));
    }

    /** The person of the selected occupant row, for the person keys (ADR 0180). */
    PersonNavigation.Person selectedPerson() {
        Occupant o = selectedOccupant.get();
        return o == null ? null : new PersonNavigation.Person(o.registration().personId(),
                o.registration().registrationId(), o.registration().name());
    }

    /** The list's 状态 column: 超员 / 全部迁出 / empty. */
    static String stateOf(HouseSummary s) {
        return s.overCapacity() ? Fxml.text("register.house.overCapacity") : "";
    }

    static String kindLabel(HouseKind k) {
        return k == null ? Fxml.text("register.house.allKinds") : Fxml.text(k.labelKey());
    }

    static String listingLabel(HouseListing l) {
        return Fxml.text("register.house.listing." + l.name());
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.format(DateFormats.CHINESE_DATE);
    }
}
