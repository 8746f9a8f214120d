package org.residencedesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.residencedesk.service.AuthenticationService;
import org.residencedesk.service.Operator;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.verification.PermitVerdict;
import org.residencedesk.service.verification.ProofVerdict;
import org.residencedesk.service.verification.VerificationService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verify}: 政务共享查询 at the command line (ADR 0225). {@code --permit-number N --name NAME} answers a
 * permit's status, validity and last endorsement; {@code --code CODE} says what a 居住证明 certified or refuses a
 * forged code. JSON on stdout; the signed-in operator needs VERIFY; every answer is audited by the service.
 */
@Command(name = "verify", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE_NAME,
        versionProvider = CliVersion.class, description = "${bundle:cli.verify.description}",
        footer = "${bundle:cli.verify.footer}")
public final class VerifyCommand implements Callable<Integer> {
    /** A permit that is valid, or a genuine 居住证明. */
    static final int EXIT_VALID = 0;
    /** Answered: suspended, cancelled, not found, or a forged/mistyped code. */
    static final int EXIT_NOT_VALID = 1;
    static final int EXIT_REFUSED = 2;
    static final int EXIT_NOT_SIGNED_IN = 4;
    static final int EXIT_NOT_PERMITTED = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Option(names = "--permit-number", paramLabel = "N", descriptionKey = "cli.verify.permitNumber")
    String permitNumber;

    @Option(names = "--name", paramLabel = "NAME", descriptionKey = "cli.verify.name")
    String name;

    @Option(names = "--code", paramLabel = "CODE", descriptionKey = "cli.verify.code")
    String code;

    @Option(names = "--operator", required = true, paramLabel = "LOGIN", descriptionKey = "cli.verify.operator")
    String operator;

    @Option(names = "--password-file", required = true, paramLabel = "PWFILE",
            descriptionKey = "cli.verify.passwordFile")
    Path passwordFile;

    private final Supplier<VerificationService> service;
    private final Supplier<AuthenticationService> authentication;

    public VerifyCommand(Supplier<VerificationService> service, Supplier<AuthenticationService> authentication) {
        this.service = service;
        this.authentication = authentication;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter err = spec.commandLine().getErr();
        boolean byCode = code != null;
        if (byCode == (permitNumber != null || name != null) || (!byCode && (permitNumber == null || name == null))) {
            err.println(CliMessages.get("verify.oneQuestion"));
            return EXIT_REFUSED;
        }
        Optional<Operator> signedIn = CliSignIn.signIn(authentication, operator, passwordFile, err);
        if (signedIn.isEmpty()) {
            return EXIT_NOT_SIGNED_IN;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        boolean valid;
        try {
            if (byCode) {
                ProofVerdict v = service.get().verifyProof(signedIn.get(), code);
                valid = v.status() == ProofVerdict.Status.GENUINE;
                out.put("status", v.status().name());
                out.put("message", CliMessages.get("verify.proof." + v.status().name()));
                if (valid) {
                    out.put("proofNumber", v.proofNumber());
                    out.put("name", v.name());
                    out.put("idNumber", v.maskedIdNumber());
                    out.put("address", v.address());
                    out.put("residentSince", iso(v.residentSince()));
                    out.put("issuedOn", iso(v.issuedOn()));
                    out.put("stillRegistered", v.stillRegistered());
                }
            } else {
                PermitVerdict v = service.get().verifyPermit(signedIn.get(), permitNumber, name);
                valid = v.status() == PermitVerdict.Status.VALID;
                out.put("status", v.status().name());
                out.put("message", CliMessages.get("verify.permit." + v.status().name()));
                out.put("permitNumber", v.permitNumber());
                if (v.status() != PermitVerdict.Status.NOT_FOUND) {
                    out.put("validFrom", iso(v.validFrom()));
                    out.put("validUntil", iso(v.validUntil()));
                    out.put("lastEndorsement", iso(v.lastEndorsedOn()));
                }
            }
        } catch (PermissionDenied e) {
            err.println(CliMessages.get("verify.notPermitted", operator));
            return EXIT_NOT_PERMITTED;
        } catch (ValidationFailure e) {
            e.fieldMessages().values().forEach(err::println);
            return EXIT_REFUSED;
        }
        spec.commandLine().getOut().println(JSON.writeValueAsString(out));
        return valid ? EXIT_VALID : EXIT_NOT_VALID;
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
