package org.residencedesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.residencedesk.domain.identity.IdNumberCheck;
import org.residencedesk.domain.identity.IdNumberParser;
import org.residencedesk.domain.identity.IdProblem;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.DivisionLevel;
import org.residencedesk.domain.masterdata.MasterData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code id-check NUMBER}: checks one identity number and prints one JSON object, for scripts and
 * for checking the client's rules without the window. Exit code 0 when valid, 1 when not.
 */
@Command(name = "id-check", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE_NAME,
        versionProvider = CliVersion.class, description = "${bundle:cli.idCheck.description}")
public final class IdCheckCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(IdCheckCommand.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<MasterData> masterData;
    private final Clock clock;

    @Parameters(index = "0", paramLabel = "NUMBER", descriptionKey = "cli.idCheck.number")
    String number;

    @Spec
    CommandSpec spec;

    public IdCheckCommand(Supplier<MasterData> masterData, Clock clock) {
        this.masterData = Objects.requireNonNull(masterData, "masterData");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Integer call() throws JsonProcessingException {
        ResourceBundle messages = ResourceBundle.getBundle("i18n.identity");
        MasterData data = masterDataOrNull();
        IdNumberParser parser = new IdNumberParser(clock,
                code -> data == null || county(data, code).isPresent()); // no table: do not claim "unknown"
        IdNumberCheck check = parser.check(number);

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("valid", check.valid());
        out.put("type", check.type() == null ? null : check.type().name());
        out.put("normalized", check.normalized());
        out.put("birthDate", check.birthDate() == null ? null : check.birthDate().toString());
        out.put("sex", check.sex() == null ? null : check.sex().code());
        out.put("countyCode", check.countyCode());
        out.put("countyName", countyName(check.countyCode(), data, messages));
        out.put("warnings", texts(check.warnings(), messages));
        out.put("errors", texts(check.errors(), messages));

        PrintWriter w = spec.commandLine().getOut();
        w.println(JSON.writeValueAsString(out));
        w.flush();
        return check.valid() ? 0 : 1;
    }

    private MasterData masterDataOrNull() {
        try {
            return masterData.get();
        } catch (RuntimeException e) {
            LOG.error("master data unavailable, county names not resolved", e);
            return null;
        }
    }

    private static Optional<Division> county(MasterData data, String code) {
        return data.division(code).filter(d -> d.level() == DivisionLevel.COUNTY);
    }

    /** HK/Macao/Taiwan address codes are not in the division table; their names are in the bundle. */
    private static String countyName(String code, MasterData data, ResourceBundle messages) {
        if (code == null) return null;
        if (messages.containsKey("region." + code)) return messages.getString("region." + code);
        return data == null ? null : county(data, code).map(Division::fullName).orElse(null);
    }

    private static List<String> texts(List<IdProblem> problems, ResourceBundle messages) {
        return problems.stream().map(p -> {
            try {
                return messages.getString(p.messageKey());
            } catch (MissingResourceException e) {
                return p.name(); // a missing key is a build mistake; IdentityBundleTest guards it
            }
        }).toList();
    }
}
