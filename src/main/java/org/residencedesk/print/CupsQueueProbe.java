package org.residencedesk.print;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Asks the CUPS scheduler about one queue with an IPP Get-Printer-Attributes request (RFC 8011).
 * Needed because Java's CUPS print services report neither a stopped queue (cupsdisable) nor a
 * missing one: a lookup by name invents a service for any name. Returns empty when no CUPS scheduler
 * answers (Windows, or CUPS down), so the caller falls back to what javax.print reports.
 */
final class CupsQueueProbe {

    enum QueueState { READY, STOPPED, NOT_ACCEPTING, NOT_FOUND }

    private static final int OPERATION_GET_PRINTER_ATTRIBUTES = 0x000B;
    private static final int OPERATION_GET_JOBS = 0x000A;
    private static final int TAG_JOB_GROUP = 0x02;
    private static final int TAG_INTEGER = 0x21;
    private static final int TAG_NAME = 0x42;
    private static final int STATUS_NOT_FOUND = 0x0406;
    private static final int TAG_END = 0x03;
    private static final int TAG_BOOLEAN = 0x22;
    private static final int TAG_ENUM = 0x23;
    private static final int PRINTER_STATE_STOPPED = 5;
    private static final int TIMEOUT_MS = 2000;

    private final String hostAndPort;

    CupsQueueProbe() {
        this(serverFromEnvironment());
    }

    CupsQueueProbe(String hostAndPort) {
        this.hostAndPort = hostAndPort;
    }

    /** CUPS_SERVER may name a host[:port] or a local socket path; only the former is reachable over HTTP. */
    private static String serverFromEnvironment() {
        String server = System.getenv("CUPS_SERVER");
        if (server == null || server.isBlank() || server.startsWith("/")) {
            return "localhost:631";
        }
        return server.contains(":") ? server : server + ":631";
    }

    /** One job of a queue that CUPS has not finished (pending, held or processing). */
    record Job(int id, String name) { }

    Optional<QueueState> probe(String queueName) {
        return post(queueName, OPERATION_GET_PRINTER_ATTRIBUTES, CupsQueueProbe::parse);
    }

    /** The queue's jobs CUPS has not finished yet (IPP Get-Jobs, which-jobs=not-completed); empty without CUPS. */
    Optional<java.util.List<Job>> unfinishedJobs(String queueName) {
        return post(queueName, OPERATION_GET_JOBS, CupsQueueProbe::parseJobs);
    }

    private interface Parser<T> {
        T parse(DataInputStream in) throws IOException;
    }

    private <T> Optional<T> post(String queueName, int operation, Parser<T> parser) {
        String path = "/printers/" + URLEncoder.encode(queueName, StandardCharsets.UTF_8).replace("+", "%20");
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://" + hostAndPort + path).toURL()
                    .openConnection();
            connection.setConnectTimeout(TIMEOUT_MS);
            connection.setReadTimeout(TIMEOUT_MS);
            connection.setDoOutput(true);
            connection.setRequestMethod("POST");
            connection.setRequestProperty("Content-Type", "application/ipp");
            try (OutputStream out = connection.getOutputStream()) {
                out.write(request("ipp://" + hostAndPort + path, operation));
            }
            if (connection.getResponseCode() != HttpURLConnection.HTTP_OK) {
                return Optional.empty();
            }
            try (InputStream in = connection.getInputStream()) {
                return Optional.ofNullable(parser.parse(new DataInputStream(in)));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] request(String printerUri, int operation) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeShort(0x0200);
        out.writeShort(operation);
        out.writeInt(1);
        out.writeByte(0x01);
        attribute(out, 0x47, "attributes-charset", "utf-8");
        attribute(out, 0x48, "attributes-natural-language", "en");
        attribute(out, 0x45, "printer-uri", printerUri);
        if (operation == OPERATION_GET_JOBS) {
            // CUPS shows a job's name only to its owner; Java's print system submits as user.name
            attribute(out, 0x42, "requesting-user-name", System.getProperty("user.name", "anonymous"));
            attribute(out, 0x44, "which-jobs", "not-completed");
            attribute(out, 0x44, "requested-attributes", "job-id");
            attribute(out, 0x44, "", "job-name");
        } else {
            attribute(out, 0x44, "requested-attributes", "printer-state");
            attribute(out, 0x44, "", "printer-is-accepting-jobs");
        }
        out.writeByte(TAG_END);
        return bytes.toByteArray();
    }

    private static void attribute(DataOutputStream out, int tag, String name, String value) throws IOException {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        byte[] valueBytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeByte(tag);
        out.writeShort(nameBytes.length);
        out.write(nameBytes);
        out.writeShort(valueBytes.length);
        out.write(valueBytes);
    }

    private static QueueState parse(DataInputStream in) throws IOException {
        in.readShort();
        int status = in.readUnsignedShort();
        in.readInt();
        if (status == STATUS_NOT_FOUND) {
            return QueueState.NOT_FOUND;
        }
        if (status >= 0x0400) {
            throw new IOException("IPP status " + Integer.toHexString(status));
        }
        boolean stopped = false;
        boolean accepting = true;
        String lastName = "";
        int tag;
        while ((tag = in.readUnsignedByte()) != TAG_END) {
            if (tag < 0x10) {
                continue;
            }
            String name = new String(in.readNBytes(in.readUnsignedShort()), StandardCharsets.UTF_8);
            lastName = name.isEmpty() ? lastName : name;
            byte[] value = in.readNBytes(in.readUnsignedShort());
            if (tag == TAG_ENUM && lastName.equals("printer-state") && value.length == 4) {
                stopped = java.nio.ByteBuffer.wrap(value).getInt() == PRINTER_STATE_STOPPED;
            } else if (tag == TAG_BOOLEAN && lastName.equals("printer-is-accepting-jobs") && value.length == 1) {
                accepting = value[0] != 0;
            }
        }
        if (stopped) {
            return QueueState.STOPPED;
        }
        return accepting ? QueueState.READY : QueueState.NOT_ACCEPTING;
    }

    private static java.util.List<Job> parseJobs(DataInputStream in) throws IOException {
        in.readShort();
        int status = in.readUnsignedShort();
        in.readInt();
        if (status >= 0x0400) {
            return null;
        }
        java.util.List<Job> jobs = new java.util.ArrayList<>();
        int id = -1;
        String name = "";
        String lastName = "";
        int tag;
        while ((tag = in.readUnsignedByte()) != TAG_END) {
            if (tag < 0x10) {
                if (tag == TAG_JOB_GROUP && id >= 0) {
                    jobs.add(new Job(id, name));
                }
                if (tag == TAG_JOB_GROUP) {
                    id = -1;
                    name = "";
                }
                continue;
            }
            String attribute = new String(in.readNBytes(in.readUnsignedShort()), StandardCharsets.UTF_8);
            lastName = attribute.isEmpty() ? lastName : attribute;
            byte[] value = in.readNBytes(in.readUnsignedShort());
            if (tag == TAG_INTEGER && lastName.equals("job-id") && value.length == 4) {
                id = java.nio.ByteBuffer.wrap(value).getInt();
            } else if (tag == TAG_NAME && lastName.equals("job-name")) {
                name = new String(value, StandardCharsets.UTF_8);
            }
        }
        if (id >= 0) {
            jobs.add(new Job(id, name));
        }
        return jobs;
    }
}
