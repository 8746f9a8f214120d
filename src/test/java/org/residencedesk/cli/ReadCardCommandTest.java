package org.residencedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.device.idcard.Command;
import org.residencedesk.device.idcard.SocatPtyPair;
import org.residencedesk.device.idcard.sim.DemoCards;
import org.residencedesk.device.idcard.sim.Fault;
import org.residencedesk.device.idcard.sim.PtyReaderSimulator;
import org.residencedesk.device.idcard.sim.ReaderSimulator;
import org.residencedesk.domain.card.CardType;
import org.residencedesk.domain.card.IdCardData;
import org.residencedesk.testing.Await;
import picocli.CommandLine;

/** {@code read-card} against the simulator on a real pty. */
@Timeout(20)
class ReadCardCommandTest {
    @TempDir
    Path dir;

    private SocatPtyPair pty;
    private ReaderSimulator simulator;
    private PtyReaderSimulator host;
    private final List<IdCardData> cards = DemoCards.fromClasspath();
    private final StringWriter out = new StringWriter();

    @BeforeEach
    void startSimulator() throws Exception {
        pty = SocatPtyPair.start(dir);
        simulator = new ReaderSimulator();
        host = PtyReaderSimulator.start(simulator, pty.simulatorEnd());
    }

    @AfterEach
    void stopSimulator() throws Exception {
        host.close();
        pty.close();
    }

    @Test
    void printsTheCitizenCardAsJson() throws Exception {
        simulator.placeCard(cards.get(1));
        int exit = run("--port", pty.clientEnd(), "--timeout", "3");
        assertThat(exit).isZero();
        JsonNode json = json();
        assertThat(json.get("cardType").asText()).isEqualTo("ID_CARD");
        assertThat(json.get("name").asText()).isEqualTo("阿依古丽·买买提");
        assertThat(json.get("englishName").isNull()).isTrue();
        assertThat(json.get("sex").asText()).isEqualTo("2");
        assertThat(json.get("ethnicCode").asText()).isEqualTo("05");
        assertThat(json.get("birthDate").asText()).isEqualTo("1995-07-08");
        assertThat(json.get("idNumber").asText()).isEqualTo("650102199507082464");
        assertThat(json.get("validUntil").asText()).isEqualTo("2029-04-10");
        assertThat(json.get("longTerm").asBoolean()).isFalse();
        assertThat(json.get("photoBytes").asInt()).isEqualTo(1024);
        assertThat(fieldNames(json)).containsExactly("cardType", "name", "englishName", "sex", "ethnicCode",
                "birthDate", "address", "idNumber", "issuingAuthority", "validFrom", "validUntil", "longTerm",
                "passNumber", "issueCount", "nationality", "photoBytes");
    }

    @Test
    void printsForeignerAndPermitFields() throws Exception {
        IdCardData foreigner = cards.stream().filter(c -> c.cardType() == CardType.FOREIGN_PR_2023).findFirst().orElseThrow();
        simulator.placeCard(foreigner);
        assertThat(run("--port", pty.clientEnd())).isZero();
        JsonNode json = json();
        assertThat(json.get("englishName").asText()).isEqualTo("MARTIN-LEFEBVRE, PIERRE ALEXANDRE FRANCOIS");
        assertThat(json.get("nationality").asText()).isEqualTo("FRA");
        assertThat(json.get("ethnicCode").isNull()).isTrue();

        out.getBuffer().setLength(0);
        IdCardData longTerm = cards.stream().filter(IdCardData::longTerm).findFirst().orElseThrow();
        simulator.placeCard(longTerm);
        assertThat(run("--port", pty.clientEnd())).isZero();
        assertThat(json().get("longTerm").asBoolean()).isTrue();
        assertThat(json().get("validUntil").isNull()).isTrue();
    }

    @Test
    void waitsForACardPlacedLater() throws Exception {
        // the card arrives only after the command has polled the empty reader, so it really waited
        Thread placer = new Thread(() -> {
            Await.until(Duration.ofSeconds(3), "read-card polled the empty reader",
                    () -> simulator.emptyFindCount() >= 2);
            simulator.placeCard(cards.get(5));
        });
        placer.start();
        assertThat(run("--port", pty.clientEnd(), "--timeout", "4")).isZero();
        placer.join(5_000);
        assertThat(simulator.emptyFindCount()).as("polls of the empty reader before the card came").isGreaterThanOrEqualTo(2);
        assertThat(json().get("passNumber").asText()).isEqualTo("H12345678");
    }

    @Test
    void noCardWithinTheTimeout() throws Exception {
        assertThat(run("--port", pty.clientEnd(), "--timeout", "0.5")).isEqualTo(ReadCardCommand.EXIT_NO_CARD);
        assertThat(json().get("error").asText()).isEqualTo("NO_CARD");
        assertThat(json().get("message").asText()).isEqualTo("未检测到证件，请将证件放在读卡器上");
    }

    @Test
    void checksumErrorIsReported() throws Exception {
        simulator.placeCard(cards.get(0));
        simulator.injectFault(Command.READ_BASE_INFO, Fault.CORRUPT_CHECKSUM);
        assertThat(run("--port", pty.clientEnd())).isEqualTo(ReadCardCommand.EXIT_READ_FAILED);
        assertThat(json().get("error").asText()).isEqualTo("CHECKSUM_ERROR");
        assertThat(json().get("message").asText()).isEqualTo("读卡器回复的校验和错误");
    }

    @Test
    void silentReaderTimesOut() throws Exception {
        simulator.injectFault(Command.FIND_CARD, Fault.SILENCE);
        assertThat(run("--port", pty.clientEnd(), "--timeout", "0.5")).isEqualTo(ReadCardCommand.EXIT_READ_FAILED);
        assertThat(json().get("error").asText()).isEqualTo("TIMEOUT");
    }

    @Test
    void missingPort() throws Exception {
        assertThat(run("--port", dir.resolve("no-reader").toString())).isEqualTo(ReadCardCommand.EXIT_PORT);
        assertThat(json().get("error").asText()).isEqualTo("PORT_MISSING");
        assertThat(json().get("message").asText()).isEqualTo("找不到读卡器串口");
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new ReadCardCommand());
        cli.setOut(new PrintWriter(out, true));
        return cli.execute(args);
    }

    private JsonNode json() throws Exception {
        String text = out.toString().trim();
        assertThat(text.lines()).hasSize(1);
        return new ObjectMapper().readTree(text);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
