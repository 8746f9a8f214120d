package org.residencedesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The machine a run measured on, as RESULTS.md states it: CPU model, cores, RAM, OS, Java. */
final class Machine {
    private Machine() {
    }

    static Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cpu", first(Path.of("/proc/cpuinfo"), "model name"));
        m.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        String mem = first(Path.of("/proc/meminfo"), "MemTotal");
        m.put("ram", mem.endsWith(" kB") ? Math.round(Long.parseLong(mem.replace(" kB", "").strip()) / 1048576.0)
                + " GB" : mem);
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("jvm options", String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean()
                .getInputArguments()));
        return m;
    }

    private static String first(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (String line : lines) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().equals(key)) return line.substring(colon + 1).strip();
            }
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
        return "unknown";
    }
}
