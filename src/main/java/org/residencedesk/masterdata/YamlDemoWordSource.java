package org.residencedesk.masterdata;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.residencedesk.port.demodata.DemoWordSource;

/** Reads {@code demo/people.yaml} from the classpath into plain maps and lists. */
public final class YamlDemoWordSource implements DemoWordSource {
    public static final String RESOURCE = "demo/people.yaml";

    @Override
    public Map<String, Object> wordLists() {
        try (InputStream in = YamlDemoWordSource.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new IllegalStateException(RESOURCE + " is unreadable", e);
        }
    }
}
