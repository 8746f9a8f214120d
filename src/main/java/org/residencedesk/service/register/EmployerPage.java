package org.residencedesk.service.register;

import java.util.List;
import org.residencedesk.domain.register.EmployerSummary;

/** An employer with its registered employees now and before, each with their permits. */
public record EmployerPage(EmployerRecord employer, EmployerSummary summary, List<Employee> employeesNow,
                           List<Employee> employeesBefore) {
}
