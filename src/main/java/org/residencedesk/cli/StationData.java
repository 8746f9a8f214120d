package org.residencedesk.cli;

import java.time.Clock;
import org.residencedesk.service.permit.PermitServices;
import org.residencedesk.cli.demodata.ConnectionSource;
import org.residencedesk.domain.form.FormDefinition;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.NameInitials;
import org.residencedesk.port.StationRepository;
import org.residencedesk.port.Transactions;
import org.residencedesk.port.UserRepository;
import org.residencedesk.service.StationSetupService;

/**
 * What the bulk data commands (demo-data, export) need from the opened station database; built by the
 * composition root, so the commands stay free of the app package.
 */
public record StationData(Transactions transactions, StationRepository stations, UserRepository users,
                          AuditLog audit, ConnectionSource connections, MasterData masterData,
                          FormDefinition registrationForm, NameInitials nameInitials, StationSetupService setup,
                          PermitServices permits, Clock clock) {
}
