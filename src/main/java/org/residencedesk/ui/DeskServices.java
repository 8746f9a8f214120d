package org.residencedesk.ui;

import java.time.Clock;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.service.AuthenticationService;
import org.residencedesk.service.StationSetupService;

/** What the screens may use. The composition root builds it; views never see storage or adapters. */
public record DeskServices(StationSetupService stationSetup, AuthenticationService authentication,
                           MasterData masterData, Clock clock) {
}
