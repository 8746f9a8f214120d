package org.residencedesk.masterdata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.residencedesk.domain.masterdata.DivisionLevel;

/**
 * {@code forms/codes/manifest.yaml}: which file holds which table, which standard it follows, and in which
 * version. {@code deviceTables} are listed for completeness but not loaded as platform master data.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record MasterDataManifest(List<TableEntry> codeTables, List<TableEntry> deviceTables, DivisionsEntry divisions) {

    MasterDataManifest {
        deviceTables = deviceTables == null ? List.of() : List.copyOf(deviceTables);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TableEntry(String name, String file, int version, String standard, String parentColumn) { }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DivisionsEntry(String version, String source, String directory, Map<DivisionLevel, String> files,
                          List<String> placeholderNames) { }

    static MasterDataManifest fromClasspath(String resource) {
        try (InputStream in = MasterDataManifest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing master data manifest " + resource);
            return new ObjectMapper(new YAMLFactory()).readValue(in, MasterDataManifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
