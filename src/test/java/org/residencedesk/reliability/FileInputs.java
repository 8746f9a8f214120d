package org.residencedesk.reliability;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;
import org.residencedesk.app.AppContext;
import org.residencedesk.device.idcard.SerialReaderSetup;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.form.PhotoValue;
import org.residencedesk.platform.PlatformConfig;
import org.residencedesk.port.platform.PlatformClient;
import org.residencedesk.service.Operator;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.collection.CollectedPeople;
import org.residencedesk.service.registration.ActiveRegistrationExists;
import org.residencedesk.service.registration.Registered;
import org.residencedesk.service.sync.Backoff;
import org.residencedesk.service.sync.SyncReport;
import org.residencedesk.service.sync.SyncService;
import org.residencedesk.service.sync.inbox.InboxService.InboxNotice;
import org.residencedesk.storage.CounterSettings;
import org.residencedesk.storage.PropertiesBackupSettingsStore;
import org.residencedesk.testing.TestMasterData;

/**
 * The catalogue's file areas (issue 18 item 6, ADR 0334): data-folder configuration files through the code that
 * reads them, the station's form override through the start-up choice, photo files through the registration
 * service (the 相片 field's value is the file's bytes), and platform inbox messages fed to the simulator and taken
 * in by the station's real inbox cycle over HTTP.
 */
final class FileInputs {
    private final AppContext ctx;
    private final Operator staff;
    private final Path files;
    private final Clock clock;
    private final Path inboxFeed;
    private final SyncService sync;

    FileInputs(AppContext ctx, Operator staff, Path files, Clock clock, Path inboxFeed, PlatformClient platform) {
        this.ctx = ctx;
        this.staff = staff;
        this.files = files;
        this.clock = clock;
        this.inboxFeed = inboxFeed;
        this.sync = platform == null ? null : new SyncService(ctx.transactions(), ctx.outbox(), ctx.syncState(),
                ctx.auditLog(), platform, new Backoff(Duration.ofMillis(1), Duration.ofMillis(2), new Random(18)),
                d -> { }, clock, ctx.inboxProcessor());
    }

    // ---- config: <file kind> with the file's text (or missing / directory / binary / open:<text>) ----

    String config(CatalogueEntry e, int attempt) throws IOException {
        Path dir = files.resolve("config-" + e.id());
        if (attempt == 1) {
            Files.createDirectories(dir);
            String name = switch (e.where()) {
                case "platform" -> PlatformConfig.FILE;
                case "counter" -> CounterSettings.FILE;
                case "backup" -> PropertiesBackupSettingsStore.FILE_NAME;
                case "devices" -> SerialReaderSetup.FILE_NAME;
                default -> throw new IllegalArgumentException(e.where());
            };
            writeConfig(dir.resolve(name), e.input());
            Files.writeString(dir.resolve("ks.p12"), "not a keystore");
            Files.writeString(dir.resolve("pw.txt"), "secret\n");
        }
        try {
            return switch (e.where()) {
                case "platform" -> PlatformConfig.load(dir).map(c -> "accepted:" + Escapes.show(c.url() + " every "
                        + c.intervalMinutes() + " min" + (c.plainHttp() ? " http" : " https"))).orElse("none");
                case "counter" -> CounterSettings.load(dir).map(c -> "accepted:" + c.counterId()).orElse("none");
                case "backup" -> backup(dir);
                default -> "port:" + Escapes.show(new SerialReaderSetup(dir).configuredPort());
            };
        } catch (PlatformConfig.Refused refused) {
            return "refused:" + Escapes.show(refused.getMessage().replace(dir.toString(), "DIR"));
        } catch (org.residencedesk.port.StationPolicyStore.PolicyFileRefused refused) {
            return "refused:" + Escapes.show(refused.getMessage().replace(dir.toString(), "DIR"));
        }
    }

    /** A refused backup-settings file says why (ADR 0314), as the 备份 tab and diagnose show it. */
    private static String backup(Path dir) {
        PropertiesBackupSettingsStore store = new PropertiesBackupSettingsStore(dir);
        return store.settingsProblem()
                .map(p -> "refused:" + Escapes.show(org.residencedesk.service.backup.BackupStatus.settingsProblemText(p)
                        .replace(dir.toString(), "DIR")))
                .orElseGet(() -> store.settings().map(s -> "accepted:keep " + s.keep()).orElse("none"));
    }

    private static void writeConfig(Path file, String input) throws IOException {
        switch (input) {
            case "missing" -> { }
            case "directory" -> Files.createDirectories(file);
            case "binary" -> Files.write(file, CatalogueRunnerBytes.junk(2048, 18));
            default -> {
                boolean open = input.startsWith("open:");
                String text = Escapes.unescape(open ? input.substring(5) : input);
                Files.writeString(file, text, StandardCharsets.UTF_8);
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(open ? "rw-r--r--" : "rw-------"));
            }
        }
    }

    // ---- override: forms/registration.yaml of the data folder ----

    String override(CatalogueEntry e) throws IOException {
        Path dir = files.resolve("override-" + e.id());
        Path file = dir.resolve("forms").resolve("registration.yaml");
        Files.createDirectories(file.getParent());
        String packaged;
        try (var in = AppContext.class.getResourceAsStream("/forms/registration.yaml")) {
            packaged = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] m = e.input().split("=>", 2);
        String text = switch (m[0]) {
            case "same" -> packaged;
            case "empty" -> "";
            case "binary" -> new String(CatalogueRunnerBytes.junk(1024, 7), StandardCharsets.ISO_8859_1);
            case "half" -> packaged.substring(0, packaged.length() / 2);
            case "replace" -> {
                String[] r = m[1].split("~>", 2);
                r[0] = Escapes.unescape(r[0]);
                if (!packaged.contains(r[0])) {
                    throw new IllegalArgumentException("the packaged form has no " + r[0]);
                }
                yield packaged.replaceFirst(java.util.regex.Pattern.quote(r[0]),
                        java.util.regex.Matcher.quoteReplacement(Escapes.unescape(r[1])));
            }
            default -> Escapes.unescape(e.input());
        };
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Optional<String> notice = org.residencedesk.app.StationForms.registrationFormNotice(dir, clock, TestMasterData.shared());
        return notice.map(n -> "refused:" + Escapes.show(n.replace(file.toString(), "FILE"))).orElse("used");
    }

    // ---- photo: a real file's bytes as the 相片 of an otherwise valid registration ----

    String photo(CatalogueEntry e, int n) throws IOException {
        Path file = files.resolve(e.id() + (e.input().startsWith("png") || e.input().startsWith("claims") ? ".png" : ".jpg"));
        if (!Files.exists(file)) {
            Files.write(file, photoBytes(e.input()));
        }
        byte[] bytes = Files.readAllBytes(file);
        FormValues typed = CollectedPeople.person(60_000 + n).toBuilder().set("photo", PhotoValue.encode(bytes)).build();
        try {
            Registered r = ctx.registration().register(staff, typed);
            String stored = ctx.registration().open(staff, r.registrationId()).values().get("photo");
            return Arrays.equals(PhotoValue.decode(stored).orElse(null), bytes) ? "accepted:the same bytes"
                    : "accepted:other bytes";
        } catch (ValidationFailure f) {
            return "messages:" + Escapes.show(f.fieldMessages().toString());
        } catch (ActiveRegistrationExists exists) {
            return "exists";
        }
    }

    static byte[] photoBytes(String spec) throws IOException {
        String[] s = spec.split(":");
        return switch (s[0]) {
            case "empty" -> new byte[0];
            case "jpeg", "png", "bmp", "gif" -> image(s[0], Integer.parseInt(s[1]), Integer.parseInt(s[2]));
            case "cut" -> { // a real file cut after a fraction of its bytes
                byte[] whole = image(s[1], 102, 126);
                yield Arrays.copyOf(whole, whole.length * Integer.parseInt(s[2]) / 100);
            }
            case "claims" -> { // a real PNG whose header claims another size (the pixels stay 102×126)
                byte[] png = image("png", 102, 126);
                long w = Long.parseLong(s[1]);
                long h = Long.parseLong(s[2]);
                for (int i = 0; i < 4; i++) {
                    png[16 + i] = (byte) (w >>> (24 - 8 * i));
                    png[20 + i] = (byte) (h >>> (24 - 8 * i));
                }
                yield png;
            }
            case "jpegclaims" -> {
                byte[] jpeg = image("jpeg", 102, 126);
                for (int i = 2; i + 8 < jpeg.length; i++) {
                    if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                        int h = Integer.parseInt(s[2]);
                        int w = Integer.parseInt(s[1]);
                        jpeg[i + 5] = (byte) (h >> 8);
                        jpeg[i + 6] = (byte) h;
                        jpeg[i + 7] = (byte) (w >> 8);
                        jpeg[i + 8] = (byte) w;
                        break;
                    }
                }
                yield jpeg;
            }
            case "text" -> Escapes.unescape(s[1]).getBytes(StandardCharsets.UTF_8);
            case "magic" -> s[1].equals("jpeg") ? new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}
                    : new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
            case "junk" -> CatalogueRunnerBytes.junk(Integer.parseInt(s[1]), 5);
            case "padded" -> { // a real JPEG with zeros after its end (some cameras)
                byte[] jpeg = image("jpeg", 102, 126);
                yield Arrays.copyOf(jpeg, jpeg.length + Integer.parseInt(s[1]));
            }
            case "noise" -> noisyPng(Integer.parseInt(s[1]));
            default -> throw new IllegalArgumentException("unknown photo " + spec);
        };
    }

    private static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x * 2 & 0xFF) << 16 | (y * 2 & 0xFF) << 8 | 0x80);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IOException("no writer for " + format);
        }
        return out.toByteArray();
    }

    /** A PNG of random pixels: {@code side}×{@code side} does not compress, so it is over 100 KB from about 190. */
    private static byte[] noisyPng(int side) throws IOException {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(side);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    // ---- inbox: one message file fed to the simulator, then the station's sync run with its inbox cycle ----

    String inbox(CatalogueEntry e, int attempt) throws IOException {
        Path dir = Files.createDirectories(inboxFeed.resolve(org.residencedesk.testing.TestStation.CODE));
        String body = Escapes.unescape(e.input());
        Files.writeString(dir.resolve(String.format("%s-%d.json", e.id(), attempt)), body, StandardCharsets.UTF_8);
        List<InboxNotice> before = ctx.inbox().notices(staff, 1);
        SyncReport report = sync.runAsStation("catalogue");
        List<InboxNotice> after = ctx.inbox().notices(staff, 1);
        String newest = after.isEmpty() || after.equals(before) ? "nothing received"
                : after.get(0).outcome() + ":" + Escapes.show(String.valueOf(after.get(0).text()));
        return report.outcome() + " " + newest;
    }
}
