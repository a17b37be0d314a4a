package io.millrace.runtime.graal.host;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.graalvm.polyglot.Value;

/**
 * Byte codecs for lib/buffer.js. Without a JIT, byte-by-byte loops in JavaScript are slow (a few
 * microseconds a byte), so base64, hex and latin1 are done here. Bytes cross the boundary as whole
 * JavaScript ArrayBuffers: read in bulk with {@link Value#readBuffer} and written eight bytes a call.
 * Also measures text in UTF-8 without encoding it (for the payload limit and the send limits).
 */
public final class HostBytes {

    private static final byte[] BASE64 = new byte[128];
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static {
        Arrays.fill(BASE64, (byte) -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            BASE64[alphabet.charAt(i)] = (byte) i;
        }
        BASE64['-'] = 62;
        BASE64['_'] = 63;
    }

    private HostBytes() {
    }

    /** The bytes of a JavaScript ArrayBuffer. */
    public static byte[] read(Value arrayBuffer) {
        if (arrayBuffer == null || !arrayBuffer.hasBufferElements()) {
            throw new IllegalArgumentException("an ArrayBuffer is required");
        }
        byte[] bytes = new byte[Math.toIntExact(arrayBuffer.getBufferSize())];
        arrayBuffer.readBuffer(0, bytes, 0, bytes.length);
        return bytes;
    }

    /** Copies {@code bytes} into a JavaScript ArrayBuffer at {@code offset}. */
    public static void write(Value arrayBuffer, long offset, byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int i = 0;
        for (; i + 8 <= bytes.length; i += 8) {
            arrayBuffer.writeBufferLong(ByteOrder.LITTLE_ENDIAN, offset + i, in.getLong(i));
        }
        for (; i < bytes.length; i++) {
            arrayBuffer.writeBufferByte(offset + i, bytes[i]);
        }
    }

    /** The bytes of an ArrayBuffer as text in {@code encoding}: base64, base64url, hex, latin1 or ascii. */
    public static String encode(Value arrayBuffer, String encoding) {
        byte[] bytes = read(arrayBuffer);
        switch (encoding) {
            case "base64":
                return Base64.getEncoder().encodeToString(bytes);
            case "base64url":
                return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            case "hex":
                char[] hex = new char[bytes.length * 2];
                for (int i = 0; i < bytes.length; i++) {
                    hex[2 * i] = HEX[(bytes[i] >> 4) & 15];
                    hex[2 * i + 1] = HEX[bytes[i] & 15];
                }
                return new String(hex);
            case "ascii":
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] &= 0x7f;
                }
                return new String(bytes, StandardCharsets.ISO_8859_1);
            default:
                return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * Decodes {@code text} (base64 and base64url leniently, as Node does; hex up to the first bad
     * pair; latin1 and ascii a byte a character) into {@code arrayBuffer}, which must be large enough;
     * returns the number of bytes written.
     */
    public static int decode(String text, String encoding, Value arrayBuffer) {
        byte[] bytes = switch (encoding) {
            case "base64", "base64url" -> base64(text);
            case "hex" -> hex(text);
            default -> {
                byte[] latin1 = new byte[text.length()];
                for (int i = 0; i < latin1.length; i++) {
                    latin1[i] = (byte) text.charAt(i);
                }
                yield latin1;
            }
        };
        write(arrayBuffer, 0, bytes);
        return bytes.length;
    }

    /** The length of {@code text} in UTF-8, without encoding it. */
    public static long utf8Length(String text) {
        long length = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                length += c < 0x800 || Character.isSurrogate(c) ? 1 : 2; // a surrogate pair is 4 bytes in all
            }
        }
        return length;
    }

    /** Both alphabets, characters outside them skipped, stopping at the first '='. */
    private static byte[] base64(String text) {
        byte[] out = new byte[(text.length() * 3 + 3) / 4];
        int length = 0;
        int bits = 0;
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=') {
                break;
            }
            int v = c < 128 ? BASE64[c] : -1;
            if (v < 0) {
                continue;
            }
            bits = (bits << 6) | v;
            if (++count == 4) {
                out[length++] = (byte) (bits >> 16);
                out[length++] = (byte) (bits >> 8);
                out[length++] = (byte) bits;
                bits = 0;
                count = 0;
            }
        }
        if (count == 2) {
            out[length++] = (byte) (bits >> 4);
        } else if (count == 3) {
            out[length++] = (byte) (bits >> 10);
            out[length++] = (byte) (bits >> 2);
        }
        return Arrays.copyOf(out, length);
    }

    private static byte[] hex(String text) {
        byte[] out = new byte[text.length() / 2];
        int i = 0;
        for (; i < out.length; i++) {
            int high = hexValue(text.charAt(2 * i));
            int low = hexValue(text.charAt(2 * i + 1));
            if (high < 0 || low < 0) {
                break;
            }
            out[i] = (byte) (high << 4 | low);
        }
        return Arrays.copyOf(out, i);
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
