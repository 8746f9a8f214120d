package org.residencedesk.device.idcard.sim;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.residencedesk.device.idcard.BaseInfo;
import org.residencedesk.domain.card.CardType;
import org.residencedesk.domain.card.IdCardData;
import org.residencedesk.domain.card.WltPhoto;

/** Loads simulated cards from YAML ({@code demo/cards.yaml} on the classpath, or any file). */
public final class DemoCards {
    public static final String CLASSPATH_RESOURCE = "demo/cards.yaml";

    record Entry(CardType cardType, String name, String englishName, String sex, String ethnicCode,
                 LocalDate birthDate, String address, String idNumber, String issuingAuthority,
                 LocalDate validFrom, LocalDate validUntil, boolean longTerm, String passNumber,
                 String issueCount, String nationality) {
        IdCardData toCard() {
            return new IdCardData(cardType, name, englishName, sex, ethnicCode, birthDate, address, idNumber,
                    issuingAuthority, validFrom, validUntil, longTerm, passNumber, issueCount, nationality,
                    placeholderPhoto(idNumber));
        }
    }

    record File(List<Entry> cards) {}

    private DemoCards() {
    }

    public static List<IdCardData> fromClasspath() {
        try (InputStream in = DemoCards.class.getClassLoader().getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + CLASSPATH_RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<IdCardData> fromFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    private static List<IdCardData> read(InputStream in) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return yaml.readValue(in, File.class).cards().stream().map(Entry::toCard).toList();
    }

    /** Deterministic filler of the size a WLT photo has; it is not an image and no decoder will take it. */
    static WltPhoto placeholderPhoto(String seed) {
        byte[] bytes = new byte[BaseInfo.PHOTO_LENGTH];
        new Random(seed.hashCode()).nextBytes(bytes);
        return new WltPhoto(bytes);
    }
}
