package org.residencedesk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class FrameCodecProperties {

    @Example
    void findCardRequestMatchesTheSpecification() {
        assertThat(Frame.request(Command.FIND_CARD).encode())
                .containsExactly(0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x03, 0x20, 0x01, 0x22);
    }

    @Example
    void resetSamRequestCarriesTen() {
        assertThat(Frame.request(Command.RESET_SAM).encode())
                .containsExactly(0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x03, 0x10, 0xFF, 0xEC);
    }

    @Example
    void readBaseInfoReplyHasThe1295BytesOfTheSpecification() {
        byte[] data = new BaseInfo(new byte[256], new byte[1024]).encode();
        byte[] frame = Reply.of(Sw3.OK, data).toFrame().encode();
        assertThat(frame).hasSize(1295);
        assertThat(frame[5] & 0xFF).isEqualTo(0x05);
        assertThat(frame[6] & 0xFF).isEqualTo(0x08);
    }

    @Property(tries = 300)
    void encodeThenDecodeGivesTheSameFrame(@ForAll("payloads") byte[] payload) {
        Frame frame = new Frame(payload);
        List<FrameDecoder.Event> events = new FrameDecoder(0).feed(frame.encode());
        assertThat(events).containsExactly(new FrameDecoder.Decoded(frame));
    }

    @Property(tries = 300)
    void garbageAndArbitrarySplittingDoNotChangeWhatIsDecoded(
            @ForAll("payloads") byte[] first,
            @ForAll("payloads") byte[] second,
            @ForAll("garbage") byte[] noise,
            @ForAll @IntRange(min = 1, max = 64) int pieceSize) {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(noise);
        stream.writeBytes(new Frame(first).encode());
        stream.writeBytes(noise);
        stream.writeBytes(new Frame(second).encode());
        byte[] all = stream.toByteArray();

        FrameDecoder decoder = new FrameDecoder(0);
        List<FrameDecoder.Event> events = new ArrayList<>();
        for (int i = 0; i < all.length; i += pieceSize) {
            events.addAll(decoder.feed(all, i, Math.min(pieceSize, all.length - i)));
        }
        assertThat(events).containsExactly(
                new FrameDecoder.Decoded(new Frame(first)), new FrameDecoder.Decoded(new Frame(second)));
        assertThat(decoder.hasPartialFrame()).isFalse();
    }

    @Property(tries = 500)
    void arbitraryByteStreamsNeverThrow(@ForAll @Size(max = 3000) List<@Size(max = 300) byte[]> chunks) {
        FrameDecoder decoder = FrameDecoder.forReplies();
        for (byte[] chunk : chunks) {
            decoder.feed(chunk);
            decoder.feed(chunk, 1, chunk.length); // out-of-range slices are ignored, not thrown
        }
        decoder.hasPartialFrame();
    }

    @Property(tries = 200)
    void aFlippedByteInsideTheFrameIsReportedNotDecoded(
            @ForAll("payloads") byte[] payload, @ForAll @IntRange(min = 5) int position, @ForAll @IntRange(min = 1, max = 255) int flip) {
        byte[] wire = new Frame(payload).encode();
        int at = 7 + position % (wire.length - 7); // payload or CHK: LEN corruption is a different case
        wire[at] ^= (byte) flip;
        List<FrameDecoder.Event> events = new FrameDecoder(0).feed(wire);
        assertThat(events).doesNotContain(new FrameDecoder.Decoded(new Frame(payload)));
        assertThat(events).contains(new FrameDecoder.Corrupt(FrameDecoder.Problem.BAD_CHECKSUM));
    }

    @Property(tries = 200)
    void aTruncatedFrameStaysPending(@ForAll("payloads") byte[] payload, @ForAll @IntRange(min = 1) int cut) {
        byte[] wire = new Frame(payload).encode();
        int keep = 1 + cut % (wire.length - 1);
        FrameDecoder decoder = new FrameDecoder(0);
        assertThat(decoder.feed(java.util.Arrays.copyOf(wire, keep))).isEmpty();
        assertThat(decoder.hasPartialFrame()).isTrue();
    }

    @Example
    void anImpossibleLengthIsSkippedAndTheNextFrameStillDecodes() {
        byte[] bogus = {(byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, 0x69, (byte) 0xFF, (byte) 0xFF};
        Frame good = Frame.request(Command.SAM_STATUS);
        ByteArrayOutputStream s = new ByteArrayOutputStream();
        s.writeBytes(bogus);
        s.writeBytes(good.encode());
        assertThat(FrameDecoder.forRequests().feed(s.toByteArray()))
                .containsExactly(new FrameDecoder.Corrupt(FrameDecoder.Problem.BAD_LENGTH), new FrameDecoder.Decoded(good));
    }

    @Provide
    Arbitrary<byte[]> payloads() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(1400);
    }

    /** Noise that cannot contain a complete preamble (no 0x69), but may contain its beginning. */
    @Provide
    Arbitrary<byte[]> garbage() {
        return Arbitraries.of((byte) 0xAA, (byte) 0x96, (byte) 0x00, (byte) 0x55, (byte) 0xFF, (byte) 0x13)
                .array(byte[].class).ofMaxSize(40);
    }
}
