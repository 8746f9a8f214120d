package org.residencedesk.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.residencedesk.port.printing.DocumentType;

class TemplateCompileTest {

    /** Documented once, in the README's table of parameters every template accepts. */
    private static final java.util.Set<String> COMMON =
            java.util.Set.of("stationName", "documentNumber", "operatorName", "printedAt");

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void everyTemplateCompiles(DocumentType type) throws Exception {
        JasperReport report = PrintTestSupport.TEMPLATES.get(type);

        assertThat(report.getName()).isEqualTo(type.templateId());
        assertThat(report.getPageWidth()).isEqualTo(type.isCard() ? 243 : 595);
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void everyTemplateParameterIsDocumentedInTheReadme(DocumentType type) throws Exception {
        String readme = readmeSection(type.templateId());
        String[] parameters = Arrays.stream(PrintTestSupport.TEMPLATES.get(type).getParameters())
                .filter(p -> !p.isSystemDefined()).map(JRParameter::getName).toArray(String[]::new);

        assertThat(parameters).isNotEmpty();
        for (String parameter : parameters) {
            if (COMMON.contains(parameter) && readme.toLowerCase().contains("common parameters")) {
                continue;
            }
            assertThat(readme).as("README section of %s documents %s", type.templateId(), parameter)
                    .contains("`" + parameter + "`");
        }
    }

    @Test
    void compiledTemplatesAreReusedFromTheDiskCache(@TempDir Path cacheDir) throws Exception {
        new TemplateCache(cacheDir).get(DocumentType.ENDORSEMENT_RECORD);
        Path[] cached;
        try (var files = Files.list(cacheDir)) {
            cached = files.toArray(Path[]::new);
        }
        assertThat(cached).singleElement().satisfies(p -> assertThat(p.getFileName().toString())
                .startsWith("endorsement-record-").endsWith(".jasper"));
        long modified = Files.getLastModifiedTime(cached[0]).toMillis();

        JasperReport again = new TemplateCache(cacheDir).get(DocumentType.ENDORSEMENT_RECORD);

        assertThat(again.getName()).isEqualTo("endorsement-record");
        assertThat(Files.getLastModifiedTime(cached[0]).toMillis()).isEqualTo(modified);
    }

    private static String readmeSection(String templateId) throws IOException {
        String readme;
        try (InputStream in = TemplateCompileTest.class.getClassLoader()
                .getResourceAsStream("print-templates/README.md")) {
            assertThat(in).as("print-templates/README.md on the classpath").isNotNull();
            readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher section = Pattern.compile("(?s)### `" + Pattern.quote(templateId) + "`(.*?)(?=\\n### |\\z)")
                .matcher(readme);
        assertThat(section.find()).as("README has a section for %s", templateId).isTrue();
        return section.group(1);
    }
}
