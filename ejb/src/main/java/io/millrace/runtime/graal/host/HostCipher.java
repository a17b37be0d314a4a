package io.millrace.runtime.graal.host;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.graalvm.polyglot.Value;

/**
 * AES for lib/cipher.js's {@code createCipheriv} and {@code createDecipheriv}: CBC, ECB and CTR with the
 * key sizes Node allows, and GCM with additional data and an authentication tag. The whole message is
 * processed at once (the JavaScript side collects {@code update}'s input). Answers are JSON:
 * {@code {"ok": base64, "tag": base64?}} or {@code {"error": message, "code": nodeCode}}. Only these
 * transformations are reachable, so guest code gets no other JCA service.
 */
public final class HostCipher {

    private static final Map<String, String> MODES = Map.of("cbc", "AES/CBC/", "ecb", "AES/ECB/", "ctr", "AES/CTR/NoPadding",
            "gcm", "AES/GCM/NoPadding");

    private HostCipher() {
    }

    /**
     * Arguments: algorithm ("aes-256-gcm"), encrypt, key, iv (or null for ECB), data, aad (or null), tag (or null,
     * to check when decrypting GCM), tag length in bytes, auto padding.
     */
    public static String run(Value... args) {
        String algorithm = args[0].asString().toLowerCase(Locale.ROOT);
        boolean encrypt = args[1].asBoolean();
        byte[] key = HostBytes.read(args[2]);
        byte[] iv = args[3].isNull() ? new byte[0] : HostBytes.read(args[3]);
        byte[] data = HostBytes.read(args[4]);
        byte[] aad = args[5].isNull() ? null : HostBytes.read(args[5]);
        byte[] tag = args[6].isNull() ? null : HostBytes.read(args[6]);
        int tagLength = args[7].asInt();
        boolean padding = args[8].asBoolean();
        return run(algorithm, encrypt, key, iv, data, aad, tag, tagLength, padding);
    }

    static String run(String algorithm, boolean encrypt, byte[] key, byte[] iv, byte[] data, byte[] aad, byte[] tag,
            int tagLength, boolean padding) {
        String[] parts = algorithm.split("-");
        if (parts.length != 3 || !"aes".equals(parts[0]) || !MODES.containsKey(parts[2])
                || !Arrays.asList("128", "192", "256").contains(parts[1])) {
            return error("Unknown cipher", "ERR_CRYPTO_UNKNOWN_CIPHER");
        }
        String mode = parts[2];
        if (key.length * 8 != Integer.parseInt(parts[1])) {
            return error("Invalid key length", "ERR_CRYPTO_INVALID_KEYLEN");
        }
        boolean gcm = "gcm".equals(mode);
        if (("ecb".equals(mode) && iv.length != 0) || ((mode.equals("cbc") || mode.equals("ctr")) && iv.length != 16)
                || (gcm && iv.length == 0)) {
            return error("Invalid initialization vector", "ERR_CRYPTO_INVALID_IV");
        }
        String transformation = MODES.get(mode) + (mode.equals("cbc") || mode.equals("ecb")
                ? (padding ? "PKCS5Padding" : "NoPadding") : "");
        try {
            Cipher cipher = Cipher.getInstance(transformation);
            SecretKeySpec spec = new SecretKeySpec(key, "AES");
            int op = encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE;
            if (gcm) {
                cipher.init(op, spec, new GCMParameterSpec(tagLength * 8, iv));
                if (aad != null) {
                    cipher.updateAAD(aad);
                }
            } else if ("ecb".equals(mode)) {
                cipher.init(op, spec);
            } else {
                cipher.init(op, spec, new IvParameterSpec(iv));
            }
            if (gcm && !encrypt) {
                if (tag == null) {
                    return error("Unsupported state or unable to authenticate data", "ERR_CRYPTO_INVALID_STATE");
                }
                byte[] joined = Arrays.copyOf(data, data.length + tag.length);
                System.arraycopy(tag, 0, joined, data.length, tag.length);
                data = joined;
            }
            byte[] out = cipher.doFinal(data);
            if (gcm && encrypt) {
                byte[] body = Arrays.copyOf(out, out.length - tagLength);
                byte[] authTag = Arrays.copyOfRange(out, out.length - tagLength, out.length);
                return "{\"ok\":\"" + b64(body) + "\",\"tag\":\"" + b64(authTag) + "\"}";
            }
            return "{\"ok\":\"" + b64(out) + "\"}";
        } catch (AEADBadTagException e) {
            return error("Unsupported state or unable to authenticate data", "ERR_CRYPTO_INVALID_TAG");
        } catch (javax.crypto.BadPaddingException e) {
            return error("bad decrypt", "ERR_OSSL_BAD_DECRYPT");
        } catch (javax.crypto.IllegalBlockSizeException e) {
            return error(encrypt ? "data not multiple of block length" : "wrong final block length",
                    "ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH");
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return error("cipher failed: " + e.getMessage(), "ERR_CRYPTO_OPERATION_FAILED");
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String error(String message, String code) {
        return "{\"error\":" + JsonStrings.quote(message) + ",\"code\":\"" + code + "\"}";
    }
}
