package org.residencedesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line that cannot be parsed is answered in Chinese (picocli's own messages are English):
 * what is wrong, naming the option or value, then the command's usage, on stderr with exit code 2.
 */
public final class ChineseParameterErrors implements IParameterExceptionHandler {

    /** The conventions every command line of the product uses; call after the subcommands are added. */
    public static CommandLine install(CommandLine cli) {
        cli.setCaseInsensitiveEnumValuesAllowed(true); // export --format csv
        cli.setParameterExceptionHandler(new ChineseParameterErrors());
        return cli;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(message(ex));
        err.println();
        cmd.usage(err, cmd.getColorScheme());
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** The Chinese sentence for a parse error: missing, unknown, repeated or a value that does not convert. */
    static String message(ParameterException ex) {
        if (ex instanceof MissingParameterException missing) {
            List<String> names = new ArrayList<>();
            for (ArgSpec arg : missing.getMissing()) {
                names.add(name(arg));
            }
            return CliMessages.get("cli.error.missing", String.join("、", names));
        }
        if (ex instanceof UnmatchedArgumentException unmatched) {
            return CliMessages.get("cli.error.unknown", String.join(" ", unmatched.getUnmatched()));
        }
        if (ex instanceof OverwrittenOptionException overwritten) {
            return CliMessages.get("cli.error.repeated", name(overwritten.getOverwritten()));
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null) {
            List<String> candidates = new ArrayList<>();
            if (arg.type().isEnum()) {
                for (Object constant : arg.type().getEnumConstants()) {
                    candidates.add(constant.toString().toLowerCase());
                }
            }
            return candidates.isEmpty()
                    ? CliMessages.get("cli.error.badValue", name(arg), ex.getValue())
                    : CliMessages.get("cli.error.badChoice", name(arg), ex.getValue(), String.join("、", candidates));
        }
        return CliMessages.get("cli.error.other");
    }

    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName();
        }
        return ((PositionalParamSpec) arg).paramLabel();
    }
}
