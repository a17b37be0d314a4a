package io.millrace.runtime.graal.host;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import org.graalvm.polyglot.Value;

/**
 * java.util.zip for lib/zlib.js: deflate, inflate, their raw forms, gzip, gunzip and unzip (gzip or
 * deflate, by the header) of a whole buffer. Output is capped ({@code maxOutputLength}), so a small
 * compressed bomb cannot fill the memory. Answers are JSON: {@code {"ok": base64}} or
 * {@code {"error": message, "code": nodeCode}}.
 */
public final class HostZlib {

    /** The largest output when the caller asks for none smaller. */
    public static final int MAX_OUTPUT = 64 << 20;

    private HostZlib() {
    }

    /** Arguments: operation, data (an ArrayBuffer), level (-1 for the default), maxOutputLength (0 for MAX_OUTPUT). */
    public static String run(Value... args) {
        int max = args[3].asInt() <= 0 ? MAX_OUTPUT : Math.min(MAX_OUTPUT, args[3].asInt());
        return run(args[0].asString(), HostBytes.read(args[1]), args[2].asInt(), max);
    }

    static String run(String operation, byte[] data, int level, int max) {
        try {
            byte[] out = switch (operation) {
                case "deflate" -> deflate(data, level, false);
                case "deflateRaw" -> deflate(data, level, true);
                case "gzip" -> gzip(data, level);
                case "inflate" -> read(new InflaterInputStream(new ByteArrayInputStream(data), new Inflater(false)), max);
                case "inflateRaw" -> read(new InflaterInputStream(new ByteArrayInputStream(data), new Inflater(true)), max);
                case "gunzip" -> read(new GZIPInputStream(new ByteArrayInputStream(data)), max);
                case "unzip" -> data.length >= 2 && (data[0] & 0xff) == 0x1f && (data[1] & 0xff) == 0x8b
                        ? read(new GZIPInputStream(new ByteArrayInputStream(data)), max)
                        : read(new InflaterInputStream(new ByteArrayInputStream(data), new Inflater(false)), max);
                default -> null;
            };
            if (out == null) {
                return error("zlib: " + operation + " is not supported", "ERR_INVALID_ARG_VALUE");
            }
            return "{\"ok\":\"" + Base64.getEncoder().encodeToString(out) + "\"}";
        } catch (TooLarge e) {
            return error("Cannot create a Buffer larger than " + max + " bytes", "ERR_BUFFER_TOO_LARGE");
        } catch (IOException e) {
            String message = e.getMessage() == null ? "invalid data" : e.getMessage();
            return error(message.contains("header") ? "incorrect header check" : message, "Z_DATA_ERROR");
        }
    }

    private static byte[] deflate(byte[] data, int level, boolean raw) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(level < -1 || level > 9 ? -1 : level, raw);
        try (DeflaterOutputStream out = new DeflaterOutputStream(bytes, deflater)) {
            out.write(data);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    private static byte[] gzip(byte[] data, int level) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes) {
            {
                def.setLevel(level < -1 || level > 9 ? -1 : level);
            }
        }) {
            out.write(data);
        }
        return bytes.toByteArray();
    }

    private static byte[] read(InputStream in, int max) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            for (int n; (n = in.read(chunk)) > 0;) {
                if (out.size() + n > max) {
                    throw new TooLarge();
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        } catch (java.io.EOFException e) {
            throw new IOException("unexpected end of file", e);
        }
    }

    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private static String error(String message, String code) {
        return "{\"error\":" + JsonStrings.quote(message) + ",\"code\":\"" + code + "\"}";
    }
}
