package io.millrace.runtime.graal.host;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.graalvm.polyglot.Value;

/**
 * RSA and EC signatures for lib/cipher.js ({@code createSign}, {@code createVerify}, {@code sign},
 * {@code verify}, {@code createPrivateKey}, {@code createPublicKey}) from PEM keys: PKCS#8
 * {@code PRIVATE KEY}, PKCS#1 {@code RSA PRIVATE KEY} / {@code RSA PUBLIC KEY}, X.509 {@code PUBLIC KEY}
 * and {@code CERTIFICATE}. Signatures are DER for EC (Node's default). Answers are JSON:
 * {@code {"ok": …}} or {@code {"error": message, "code": nodeCode}}.
 */
public final class HostSign {

    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");
    private static final byte[] RSA_ALGORITHM = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d,
        0x01, 0x01, 0x01, 0x05, 0x00};

    private HostSign() {
    }

    /** Arguments: pem, wantPublic. {@code {"ok": {type, asymmetricKeyType, modulusLength?, namedCurve?}}}. */
    public static String info(Value... args) {
        try {
            Key key = key(args[0].asString(), args[1].asBoolean());
            StringBuilder out = new StringBuilder("{\"ok\":{\"type\":\"").append(key instanceof PrivateKey ? "private" : "public")
                    .append("\",\"asymmetricKeyType\":\"").append(key instanceof RSAKey ? "rsa" : "ec").append('"');
            if (key instanceof RSAKey rsa) {
                out.append(",\"modulusLength\":").append(rsa.getModulus().bitLength());
            } else if (key instanceof ECKey ec) {
                int bits = ec.getParams().getCurve().getField().getFieldSize();
                out.append(",\"namedCurve\":\"").append(bits == 256 ? "prime256v1" : bits == 384 ? "secp384r1" : "secp521r1").append('"');
            }
            return out.append("}}").toString();
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return error(e);
        }
    }

    /** Arguments: digest ("sha256", "RSA-SHA256"), pem, data. {@code {"ok": base64 signature}}. */
    public static String sign(Value... args) {
        try {
            Key key = key(args[1].asString(), false);
            if (!(key instanceof PrivateKey privateKey)) {
                throw new IllegalArgumentException("a private key is required to sign");
            }
            Signature signature = Signature.getInstance(algorithm(args[0].asString(), key));
            signature.initSign(privateKey);
            signature.update(HostBytes.read(args[2]));
            return "{\"ok\":\"" + Base64.getEncoder().encodeToString(signature.sign()) + "\"}";
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return error(e);
        }
    }

    /** Arguments: digest, pem (public, certificate or private), data, signature. {@code {"ok": true|false}}. */
    public static String verify(Value... args) {
        try {
            Key key = key(args[1].asString(), true);
            Signature signature = Signature.getInstance(algorithm(args[0].asString(), key));
            signature.initVerify((PublicKey) key);
            signature.update(HostBytes.read(args[2]));
            boolean ok;
            try {
                ok = signature.verify(HostBytes.read(args[3]));
            } catch (java.security.SignatureException e) {
                ok = false;
            }
            return "{\"ok\":" + ok + "}";
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            return error(e);
        }
    }

    private static String algorithm(String digest, Key key) {
        String name = digest.toLowerCase(Locale.ROOT).replace("rsa-", "").replace("-", "");
        if (!name.matches("sha(1|224|256|384|512)")) {
            throw new IllegalArgumentException("Invalid digest: " + digest);
        }
        return name.toUpperCase(Locale.ROOT) + "with" + (key instanceof RSAKey ? "RSA" : "ECDSA");
    }

    /** The key a PEM holds; with {@code wantPublic}, a private RSA key's public half. */
    static Key key(String pem, boolean wantPublic) throws GeneralSecurityException {
        Matcher m = PEM.matcher(pem);
        if (!m.find()) {
            throw new IllegalArgumentException("error:1E08010C:DECODER routines::unsupported (not a PEM key)");
        }
        String label = m.group(1);
        byte[] der = Base64.getMimeDecoder().decode(m.group(2).replaceAll("\\s", ""));
        switch (label) {
            case "CERTIFICATE" -> {
                return CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der)).getPublicKey();
            }
            case "PUBLIC KEY" -> {
                return anyOf(kf -> kf.generatePublic(new X509EncodedKeySpec(der)));
            }
            case "RSA PUBLIC KEY" -> {
                return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(
                        sequence(RSA_ALGORITHM, tagged(0x03, concat(new byte[] {0}, der)))));
            }
            case "PRIVATE KEY", "RSA PRIVATE KEY" -> {
                byte[] pkcs8 = label.equals("PRIVATE KEY") ? der
                        : sequence(new byte[] {0x02, 0x01, 0x00}, RSA_ALGORITHM, tagged(0x04, der));
                PrivateKey key = (PrivateKey) anyOf(kf -> kf.generatePrivate(new PKCS8EncodedKeySpec(pkcs8)));
                if (!wantPublic) {
                    return key;
                }
                if (key instanceof RSAPrivateCrtKey crt) {
                    return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
                }
                throw new IllegalArgumentException("give the public key (its public half cannot be derived here)");
            }
            default -> throw new IllegalArgumentException("unsupported PEM key \"" + label
                    + "\": use PKCS#8 (BEGIN PRIVATE KEY), PKCS#1 RSA, SPKI (BEGIN PUBLIC KEY) or a certificate");
        }
    }

    private interface KeyMaker {
        Key make(KeyFactory factory) throws GeneralSecurityException;
    }

    private static Key anyOf(KeyMaker maker) throws GeneralSecurityException {
        try {
            return maker.make(KeyFactory.getInstance("RSA"));
        } catch (GeneralSecurityException rsa) {
            return maker.make(KeyFactory.getInstance("EC"));
        }
    }

    private static byte[] sequence(byte[]... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            body.writeBytes(part);
        }
        return tagged(0x30, body.toByteArray());
    }

    private static byte[] tagged(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int n = content.length;
        if (n < 0x80) {
            out.write(n);
        } else {
            byte[] length = BigInteger.valueOf(n).toByteArray();
            int skip = length[0] == 0 ? 1 : 0;
            out.write(0x80 | (length.length - skip));
            out.write(length, skip, length.length - skip);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String error(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "{\"error\":" + JsonStrings.quote(message) + ",\"code\":\"ERR_CRYPTO_OPERATION_FAILED\"}";
    }
}
