package org.residencedesk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.device.idcard.sim.DemoCards;
import org.residencedesk.device.idcard.sim.PtyReaderSimulator;
import org.residencedesk.device.idcard.sim.ReaderSimulator;
import org.residencedesk.domain.card.IdCardData;
import org.residencedesk.port.CardReaderSetup;

/** The wizard's 读卡器 step adapter: a real test read over a pseudo-terminal, and devices.properties written 0600. */
class SerialReaderSetupTest {
    @TempDir
    Path dir;

    @Test
    void testReadSaysWhichKindOfCardWasReadAndNothingOfItsHolder() throws Exception {
        List<IdCardData> cards = DemoCards.fromClasspath();
        ReaderSimulator simulator = new ReaderSimulator();
        try (SocatPtyPair pty = SocatPtyPair.start(dir);
             PtyReaderSimulator host = PtyReaderSimulator.start(simulator, pty.simulatorEnd())) {
            SerialReaderSetup setup = new SerialReaderSetup(dir);
            simulator.placeCard(cards.get(1));

            CardReaderSetup.TestRead read = setup.testRead(pty.clientEnd());

            assertThat(read).isEqualTo(new CardReaderSetup.TestRead(true, "读卡成功：居民身份证（读卡器工作正常）"));
            assertThat(read.message()).doesNotContain(cards.get(1).name());
        }
    }

    @Test
    void aMissingPortIsNamedInChinese() {
        assertThat(new SerialReaderSetup(dir).testRead(dir.resolve("ttyNone").toString()))
                .isEqualTo(new CardReaderSetup.TestRead(false, "找不到读卡器串口"));
    }

    @Test
    void savingKeepsTheFileOwnerOnlyAndItsOtherKeys() throws Exception {
        Path file = dir.resolve("devices.properties");
        Files.writeString(file, "cardReader.baud=9600\n");
        SerialReaderSetup setup = new SerialReaderSetup(dir);
        assertThat(setup.configuredPort()).isEmpty();

        setup.save("/dev/ttyUSB0");
        setup.save("COM3");

        assertThat(setup.configuredPort()).isEqualTo("COM3");
        assertThat(Files.readAllLines(file)).contains("cardReader.baud=9600", "cardReader.port=COM3");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
