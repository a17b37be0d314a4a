package io.millrace.runtime.graal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.millrace.runtime.graal.host.JsonStrings;

/** crypto's RSA and EC signatures from PEM keys, checked against a signature Node.js made with the same key. */
class SignaturesTest {
    static final String RSA_PKCS1 = "-----BEGIN RSA PRIVATE KEY-----\nMIIEogIBAAKCAQEA7D82LhSuhDIUBTdLMh2Qk5J2RXWK1RqpQwz21UI9hJqjJotM\ngfc4QsInn/6DP5PUsMxQzg5xRRL1WvAjI9vJawNB8Ityhj2t78pmir+Ln9uY+XhD\n2P/BKjbHMfe1EA6pJwwinnGzUYLU7AKZMrO5o42UrHVIGE1BMOXX9JPXg+u4Zv2F\nVFGsFXqdrMlSQSqF4tzdATAa4VlkoPQspvlGyC2gTpi5GrcOVLL1OXjBjnyQhuB3\nFNkeNgwguQ65Zjmyr4tgULLdZDiPf3zOccSxL3jVMoYwbnzpRO0mf20jeD8FtDXx\ndTXngYU/CXH9wDUeCuXPWZmgac9EdM+Yz4b9XwIDAQABAoH/dmQYhr0e0tw0nijb\njriqT4c8U3Le/eejGdXhE+l2XyiFNyeMu2ZD1VV5mHXjhhoE+p6USV91UIpQvg5s\nR/G+Sn4hiHzFQ6RHA1JpzEvKiCSafDSQeausqIwzJxNN0f3j9FLeYlLQ3ZGG+20i\nKSkaVasyM4REXnT80gxVqewGGIJRsmaJG+b3ytPtoTlF3/49COfAzqwzdd39jjrN\nT1bbuFwt7VZ5NG3S878kiixBeMoevJM78HFFPRQVMH3pHJWkSzUyZf6bLgcXgknm\n5H2iPYHgCd86kgh/cvUVt6XWLpyA9I/V0Sqj/DssgJppAlXf4zlVMsGuZ+5SBvbE\njrYhAoGBAPbcSVB/u3UmmFU6jv0tWiBcvWy+oC7KMug8GD1qrZwCdMVGINP76p1X\n0krACs5pXfVPDNEdSOGl9/CNAndxwCJv57Z3j3Y11YUI2ojrCGAyR9z1TjN8lSuA\nqPFdl+m8lrJcXTXNbFbablrhQ5OUWLPh9kRz5QDLfu8Avy8yMtwxAoGBAPT+VMNN\n/7l0/wGPAbL2a7NqNv7aqkkfxPvIyzgdUW6vaa1d3u0Kfpl2oEdLkCp8QZKMlmuq\nIN/8aCERYWnmosHGscUGB/Q+Lv/CUA7xntLnx+qMCGKG6sZaGvJgBl56QBnGyHY2\nvXi9DA/TJ/aUKR0TgVfuCL1XIwg63Du/hF6PAoGAcGkhTXHM1+zqQy02PZ2wQ7pX\nW7R2VrgmdFAhLZ5tTfRkXgywGDfHvzxlezp18UZTzcfgazztmissezKK4/89YbEZ\nj6JkBo0/HKRKdzynhL6AsOJXaOSbPMMKq1ZWPc5txOyAWWagpfAzfljDn+lWdxs3\nPDaWGkWQGJ97b69pL5ECgYEAyqOe+pgGX6Bs2B4v+pWmCZVd/bhhxu/3H4c6x6RA\nWbvPPe152Tin9ElRUwcmLG3wUsXkGRNz87AzdL6Kg2yXzI2LNnrBk3znpPZU/7dM\ndgfurIq82LndcMjQpw9T1Utqv6dS4axvVXGQi3pNAMAVrY4XmuIw6mMrf8Anr2e+\nlfMCgYEA6ANQdmfJ8nMR5fE8pCPjSfS9rdw+RKO+yhxh6uUErJBRpJNYseh63M7W\nOCDlMHl9GoVpOzKDiM6dIY/QLOCDz5WdlPFkMBT2zRimzDuFAx77hbQCdznbNbyw\nubAsbWDktBz0AHvUlee5bh++IweeVuGReimy8svlXtpKWb4G94Q=\n-----END RSA PRIVATE KEY-----\n";
    static final String RSA_SPKI = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA7D82LhSuhDIUBTdLMh2Q\nk5J2RXWK1RqpQwz21UI9hJqjJotMgfc4QsInn/6DP5PUsMxQzg5xRRL1WvAjI9vJ\nawNB8Ityhj2t78pmir+Ln9uY+XhD2P/BKjbHMfe1EA6pJwwinnGzUYLU7AKZMrO5\no42UrHVIGE1BMOXX9JPXg+u4Zv2FVFGsFXqdrMlSQSqF4tzdATAa4VlkoPQspvlG\nyC2gTpi5GrcOVLL1OXjBjnyQhuB3FNkeNgwguQ65Zjmyr4tgULLdZDiPf3zOccSx\nL3jVMoYwbnzpRO0mf20jeD8FtDXxdTXngYU/CXH9wDUeCuXPWZmgac9EdM+Yz4b9\nXwIDAQAB\n-----END PUBLIC KEY-----\n";
    /** Node's createSign('RSA-SHA256').update('hello').sign(key, 'base64'). */
    static final String NODE_SIGNATURE = "pKlKeglIUVT2k9uuXg/xZAry4IVy90wGh2SjB/m/R6byhl9ZYvW1+7KjhhECheXOqbnt0RBCwILfuERJ2XOSeB1Q0lHYdm0R0EZ7z9xqSUTEx8aUmYzH8oZx1IzFyoI7R/3r91ciZ7FYVmZJlLzloVJZ7ahukw99GEJmVhc3NMrEBjAS951v5aDVWnVnrmLRIMi9H2z1l6lplbeZmGY9O+HSxEaakZ094amBpWhX/lHNd+Sy8GsItYmFm5YisG12Pz6dVQ0Mb+F7TdexT0Wj/1aBbpKrjQ/LLLipy43uwGS+u6etdeGC2U1fQE7ut08807e3upjOoIPTrpFSIPThgg==";
    static final String EC_PKCS8 = "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgZATN3JlQdI3/qaHZ\nJ5c0LcsVkdgKl48m0AD3ydMnrxqhRANCAARU5VMBxL3n7Mahqgm4+Fz0f5tbcEqD\nMY+ihMQDUteE57DnNXBRD8gozz/nhLdCv9fWAoQNN2dQr4x+1UBPu/vw\n-----END PRIVATE KEY-----\n";
    static final String EC_SPKI = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEVOVTAcS95+zGoaoJuPhc9H+bW3BK\ngzGPooTEA1LXhOew5zVwUQ/IKM8/54S3Qr/X1gKEDTdnUK+MftVAT7v78A==\n-----END PUBLIC KEY-----\n";

    private static ScheduledExecutorService scheduler;
    private static GraalStepRuntime runtime;

    @BeforeAll
    static void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor();
        runtime = new GraalStepRuntime(scheduler, RuntimeOptions.DEFAULTS);
    }

    @AfterAll
    static void stop() {
        runtime.close();
        scheduler.shutdownNow();
    }

    @Test
    void rsaSignaturesMatchNodesAndVerify() {
        String keys = "const pk = " + JsonStrings.quote(RSA_PKCS1) + ", pub = " + JsonStrings.quote(RSA_SPKI) + ";";
        assertEquals("[true,true,false,\"private\",\"rsa\",2048,\"public\",true]", StepTesting.value(runtime,
                "import crypto from 'crypto';", """
                (() => { %s
                  const sig = crypto.createSign('RSA-SHA256').update('hello').sign(pk, 'base64');
                  const key = crypto.createPrivateKey(pk);
                  return [sig === %s, crypto.createVerify('RSA-SHA256').update('hello').verify(pub, sig, 'base64'),
                    crypto.verify('sha256', Buffer.from('other'), pub, Buffer.from(sig, 'base64')), key.type, key.asymmetricKeyType,
                    key.asymmetricKeyDetails.modulusLength, crypto.createPublicKey(key).type,
                    crypto.createVerify('sha256').update('hello').verify(crypto.createPublicKey(pk), sig, 'base64')] })()"""
                        .formatted(keys, JsonStrings.quote(NODE_SIGNATURE))));
    }

    @Test
    void ecSignaturesVerifyAndSecretsAreNotPrivateKeys() {
        String keys = "const pk = " + JsonStrings.quote(EC_PKCS8) + ", pub = " + JsonStrings.quote(EC_SPKI) + ";";
        assertEquals("[true,\"prime256v1\",\"ERR_CRYPTO_OPERATION_FAILED\"]", StepTesting.value(runtime,
                "import crypto from 'crypto';", """
                (() => { %s
                  const sig = crypto.sign('sha256', Buffer.from('hi'), pk);
                  let code; try { crypto.createPrivateKey('not a key') } catch (e) { code = e.code }
                  return [crypto.verify('sha256', Buffer.from('hi'), pub, sig), crypto.createPublicKey(pub).asymmetricKeyDetails.namedCurve, code] })()"""
                        .formatted(keys)));
    }
}
