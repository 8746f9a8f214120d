package org.residencedesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.residencedesk.service.Problems;
import org.residencedesk.service.StationSetup;
import org.residencedesk.service.StationSetupService;
import org.residencedesk.service.ValidationFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Headless rollout: creates the station and its first administrator. The password comes from a file
 * (never from the command line, where it would land in shell history and process lists).
 */
@Command(name = "setup", description = "初始化服务站及第一位管理员（只能执行一次）")
public final class SetupCommand implements Callable<Integer> {
    static final int EXIT_INVALID = 2;
    static final int EXIT_ALREADY_SET_UP = 3;

    @Spec
    private CommandSpec spec;

    @Option(names = "--station-code", required = true, description = "12位站点编码")
    private String stationCode;

    @Option(names = "--station-name", required = true, description = "站点名称")
    private String stationName;

    @Option(names = "--division", required = true, description = "所在区划代码（县、乡镇或村级）")
    private String division;

    @Option(names = "--admin-user", required = true, description = "管理员账号")
    private String adminUser;

    @Option(names = "--admin-name", description = "管理员姓名（默认与账号相同）")
    private String adminName;

    @Option(names = "--admin-password-file", required = true, description = "含管理员密码的文件（首行）")
    private Path passwordFile;

    private final Supplier<StationSetupService> service;

    public SetupCommand(Supplier<StationSetupService> service) {
        this.service = service;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        char[] password;
        try {
            password = readFirstLine(passwordFile);
        } catch (IOException e) {
            err.println("无法读取密码文件：" + passwordFile);
            return EXIT_INVALID;
        }
        StationSetupService setup = service.get();
        try {
            setup.setUp(new StationSetup(stationCode, stationName, division, adminUser,
                    adminName == null ? adminUser : adminName, password, password.clone()));
        } catch (StationSetupService.AlreadySetUpException e) {
            err.println(Problems.message("setup.alreadyDone"));
            return EXIT_ALREADY_SET_UP;
        } catch (ValidationFailure e) {
            for (Map.Entry<String, String> problem : e.fieldMessages().entrySet()) {
                err.println(optionFor(problem.getKey()) + "：" + problem.getValue());
            }
            return EXIT_INVALID;
        }
        out.println("服务站 " + stationCode + " 已创建，管理员账号：" + adminUser);
        return 0;
    }

    private static String optionFor(String field) {
        return switch (field) {
            case "stationCode" -> "--station-code";
            case "stationName" -> "--station-name";
            case "divisionCode" -> "--division";
            case "adminLogin" -> "--admin-user";
            case "adminDisplayName" -> "--admin-name";
            default -> "--admin-password-file";
        };
    }

    private static char[] readFirstLine(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        int end = content.indexOf('\n');
        String line = end < 0 ? content : content.substring(0, end);
        return line.strip().toCharArray();
    }
}
