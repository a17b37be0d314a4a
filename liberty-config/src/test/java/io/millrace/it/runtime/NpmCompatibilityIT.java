package io.millrace.it.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.millrace.it.support.Api;
import io.millrace.it.support.JsCode;
import io.millrace.it.support.LocalHttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The npm libraries real components use most, each imported from the real registry (registry.npmjs.org:
 * the test forwards the server's MILLRACE_NPM_REGISTRY port to it; tarballs come from npm directly),
 * exercised in a step of its own workflow through the real server, and its result checked. The table it
 * writes to target/npm-compatibility.md is the one in docs/components.md. Libraries that do not work yet are
 * {@link #PENDING} (with why): they are reported with their actual outcome and do not fail the test.
 */
class NpmCompatibilityIT {
    /** Libraries known not to work yet, with why (the report adds their actual outcome). */
    static final Map<String, String> PENDING = Map.of();

    record Case(String library, String imports, String expression, String expected) {
    }

    /** A test RSA key pair (PKCS#1 private, SPKI public) for RS256 tokens. */
    static final String RSA_KEYS = "const pk = " + quote("-----BEGIN RSA PRIVATE KEY-----\nMIIEogIBAAKCAQEA7D82LhSuhDIUBTdLMh2Qk5J2RXWK1RqpQwz21UI9hJqjJotM\ngfc4QsInn/6DP5PUsMxQzg5xRRL1WvAjI9vJawNB8Ityhj2t78pmir+Ln9uY+XhD\n2P/BKjbHMfe1EA6pJwwinnGzUYLU7AKZMrO5o42UrHVIGE1BMOXX9JPXg+u4Zv2F\nVFGsFXqdrMlSQSqF4tzdATAa4VlkoPQspvlGyC2gTpi5GrcOVLL1OXjBjnyQhuB3\nFNkeNgwguQ65Zjmyr4tgULLdZDiPf3zOccSxL3jVMoYwbnzpRO0mf20jeD8FtDXx\ndTXngYU/CXH9wDUeCuXPWZmgac9EdM+Yz4b9XwIDAQABAoH/dmQYhr0e0tw0nijb\njriqT4c8U3Le/eejGdXhE+l2XyiFNyeMu2ZD1VV5mHXjhhoE+p6USV91UIpQvg5s\nR/G+Sn4hiHzFQ6RHA1JpzEvKiCSafDSQeausqIwzJxNN0f3j9FLeYlLQ3ZGG+20i\nKSkaVasyM4REXnT80gxVqewGGIJRsmaJG+b3ytPtoTlF3/49COfAzqwzdd39jjrN\nT1bbuFwt7VZ5NG3S878kiixBeMoevJM78HFFPRQVMH3pHJWkSzUyZf6bLgcXgknm\n5H2iPYHgCd86kgh/cvUVt6XWLpyA9I/V0Sqj/DssgJppAlXf4zlVMsGuZ+5SBvbE\njrYhAoGBAPbcSVB/u3UmmFU6jv0tWiBcvWy+oC7KMug8GD1qrZwCdMVGINP76p1X\n0krACs5pXfVPDNEdSOGl9/CNAndxwCJv57Z3j3Y11YUI2ojrCGAyR9z1TjN8lSuA\nqPFdl+m8lrJcXTXNbFbablrhQ5OUWLPh9kRz5QDLfu8Avy8yMtwxAoGBAPT+VMNN\n/7l0/wGPAbL2a7NqNv7aqkkfxPvIyzgdUW6vaa1d3u0Kfpl2oEdLkCp8QZKMlmuq\nIN/8aCERYWnmosHGscUGB/Q+Lv/CUA7xntLnx+qMCGKG6sZaGvJgBl56QBnGyHY2\nvXi9DA/TJ/aUKR0TgVfuCL1XIwg63Du/hF6PAoGAcGkhTXHM1+zqQy02PZ2wQ7pX\nW7R2VrgmdFAhLZ5tTfRkXgywGDfHvzxlezp18UZTzcfgazztmissezKK4/89YbEZ\nj6JkBo0/HKRKdzynhL6AsOJXaOSbPMMKq1ZWPc5txOyAWWagpfAzfljDn+lWdxs3\nPDaWGkWQGJ97b69pL5ECgYEAyqOe+pgGX6Bs2B4v+pWmCZVd/bhhxu/3H4c6x6RA\nWbvPPe152Tin9ElRUwcmLG3wUsXkGRNz87AzdL6Kg2yXzI2LNnrBk3znpPZU/7dM\ndgfurIq82LndcMjQpw9T1Utqv6dS4axvVXGQi3pNAMAVrY4XmuIw6mMrf8Anr2e+\nlfMCgYEA6ANQdmfJ8nMR5fE8pCPjSfS9rdw+RKO+yhxh6uUErJBRpJNYseh63M7W\nOCDlMHl9GoVpOzKDiM6dIY/QLOCDz5WdlPFkMBT2zRimzDuFAx77hbQCdznbNbyw\nubAsbWDktBz0AHvUlee5bh++IweeVuGReimy8svlXtpKWb4G94Q=\n-----END RSA PRIVATE KEY-----\n") + ", pub = " + quote("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA7D82LhSuhDIUBTdLMh2Q\nk5J2RXWK1RqpQwz21UI9hJqjJotMgfc4QsInn/6DP5PUsMxQzg5xRRL1WvAjI9vJ\nawNB8Ityhj2t78pmir+Ln9uY+XhD2P/BKjbHMfe1EA6pJwwinnGzUYLU7AKZMrO5\no42UrHVIGE1BMOXX9JPXg+u4Zv2FVFGsFXqdrMlSQSqF4tzdATAa4VlkoPQspvlG\nyC2gTpi5GrcOVLL1OXjBjnyQhuB3FNkeNgwguQ65Zjmyr4tgULLdZDiPf3zOccSx\nL3jVMoYwbnzpRO0mf20jeD8FtDXxdTXngYU/CXH9wDUeCuXPWZmgac9EdM+Yz4b9\nXwIDAQAB\n-----END PUBLIC KEY-----\n") + ";";

    private static String quote(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }

    static final List<Case> CASES = List.of(
            new Case("got", "import got from 'got';", "await got('@@URL@@').json()", "{\"ok\":true}"),
            new Case("got", "import got from 'got';", "await (async () => { const base = new URL('/', '@@URL@@').href;"
                    + " const posted = await got.post(base + 'echo', { json: { a: 1 } }).json(); let failed;"
                    + " try { await got(base + 'missing') } catch (e) { failed = [e.name, e.response.statusCode] }"
                    + " return [posted, failed] })()", "[{\"posted\":{\"a\":1}},[\"HTTPError\",404]]"),
            new Case("node-fetch", "import fetch from 'node-fetch';", "await (await fetch('@@URL@@')).json()", "{\"ok\":true}"),
            new Case("form-data", "import FormData from 'form-data';", "(() => { const f = new FormData(); f.append('a', '1');"
                    + " const text = f.getBuffer().toString(); return [text.includes('name=\"a\"'), text.includes(f.getBoundary())] })()",
                    "[true,true]"),
            new Case("lodash", "import _ from 'lodash';", "[_.chunk([1, 2, 3, 4], 2), _.get({ a: [{ b: 3 }] }, 'a[0].b')]", "[[[1,2],[3,4]],3]"),
            new Case("luxon", "import { DateTime } from 'luxon';",
                    "DateTime.fromISO('2020-01-01T00:00:00Z', { zone: 'utc' }).plus({ days: 1 }).toISODate()", "\"2020-01-02\""),
            new Case("moment-timezone", "import moment from 'moment-timezone';",
                    "moment.tz('2020-06-01 12:00', 'America/New_York').utc().format()", "\"2020-06-01T16:00:00Z\""),
            new Case("date-fns", "import { format, addDays } from 'date-fns';",
                    "format(addDays(new Date(2020, 0, 1), 1), 'yyyy-MM-dd')", "\"2020-01-02\""),
            new Case("uuid", "import { v4, v5 } from 'uuid';", "[/^[0-9a-f]{8}-[0-9a-f]{4}-4/.test(v4()), v5('hello', v5.URL)]",
                    "[true,\"074171de-bc84-5ea4-b636-1135477620e1\"]"),
            new Case("xml-js", "import convert from 'xml-js';", "convert.xml2js('<a x=\"1\">t</a>', { compact: true })",
                    "{\"a\":{\"_attributes\":{\"x\":\"1\"},\"_text\":\"t\"}}"),
            new Case("fast-xml-parser", "import { XMLParser } from 'fast-xml-parser';",
                    "new XMLParser().parse('<a><b>1</b><c>x</c></a>')", "{\"a\":{\"b\":1,\"c\":\"x\"}}"),
            new Case("rss-parser", "import Parser from 'rss-parser';", "(await new Parser().parseString('<rss version=\"2.0\">"
                    + "<channel><title>T</title><item><title>I1</title><link>http://x.test/1</link></item></channel></rss>'))"
                    + ".items.map(i => [i.title, i.link])", "[[\"I1\",\"http://x.test/1\"]]"),
            new Case("cheerio", "import * as cheerio from 'cheerio';", "(() => { const $ = cheerio.load('<ul><li>a</li><li>b</li></ul>');"
                    + " return $('li').map((i, e) => $(e).text()).get() })()", "[\"a\",\"b\"]"),
            new Case("papaparse", "import Papa from 'papaparse';", "Papa.parse('a,b\\n1,2', { header: true }).data",
                    "[{\"a\":\"1\",\"b\":\"2\"}]"),
            new Case("jsonwebtoken", "import jwt from 'jsonwebtoken';", "(() => { const t = jwt.sign({ a: 1 }, 'secret');"
                    + " let bad; try { jwt.verify(t, 'other') } catch (e) { bad = e.message }"
                    + " return [jwt.verify(t, 'secret').a, bad, jwt.decode(t).a] })()", "[1,\"invalid signature\",1]"),
            new Case("jsonwebtoken", "import jwt from 'jsonwebtoken';", "(() => { " + RSA_KEYS
                    + " const t = jwt.sign({ a: 2 }, pk, { algorithm: 'RS256' });"
                    + " return [jwt.verify(t, pub, { algorithms: ['RS256'] }).a, jwt.decode(t, { complete: true }).header.alg] })()",
                    "[2,\"RS256\"]"),
            new Case("crypto-js", "import CryptoJS from 'crypto-js';", "[CryptoJS.SHA256('abc').toString(),"
                    + " CryptoJS.AES.decrypt(CryptoJS.AES.encrypt('msg', 'k').toString(), 'k').toString(CryptoJS.enc.Utf8)]",
                    "[\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\",\"msg\"]"),
            new Case("qs", "import qs from 'qs';", "[qs.stringify({ a: { b: 1 } }), qs.parse('a[b]=1&c=2')]",
                    "[\"a%5Bb%5D=1\",{\"a\":{\"b\":\"1\"},\"c\":\"2\"}]"),
            new Case("mime-types", "import mime from 'mime-types';", "[mime.lookup('x.json'), mime.extension('text/html')]",
                    "[\"application/json\",\"html\"]"),
            new Case("slugify", "import slugify from 'slugify';", "slugify('Hello World!', { lower: true, strict: true })",
                    "\"hello-world\""),
            new Case("he", "import { decode, encode } from 'he';", "[decode('&amp;&lt;&eacute;'), encode('<')]",
                    "[\"&<é\",\"&#x3C;\"]"),
            new Case("marked", "import { marked } from 'marked';", "marked.parse('# Hi\\n\\n*a*')", "\"<h1>Hi</h1>\\n<p><em>a</em></p>\\n\""),
            new Case("handlebars", "import Handlebars from 'handlebars';",
                    "Handlebars.compile('Hi {{n}}{{#each xs}} {{this}}{{/each}}')({ n: 'x', xs: [1, 2] })", "\"Hi x 1 2\""),
            new Case("ajv", "import Ajv from 'ajv';", "(() => { const v = new Ajv().compile({ type: 'object',"
                    + " properties: { a: { type: 'number' } }, required: ['a'] }); return [v({ a: 1 }), v({})] })()", "[true,false]"),
            new Case("zod", "import { z } from 'zod';", "[z.object({ a: z.number() }).parse({ a: 1 }), z.string().safeParse(1).success]",
                    "[{\"a\":1},false]"),
            new Case("csv-parse", "import { parse } from 'csv-parse/sync';", "parse('a,b\\n1,2', { columns: true })",
                    "[{\"a\":\"1\",\"b\":\"2\"}]"),
            new Case("js-yaml", "import { load, dump } from 'js-yaml';", "[load('a: 1\\nb: [x, y]'), dump({ c: 2 })]",
                    "[{\"a\":1,\"b\":[\"x\",\"y\"]},\"c: 2\\n\"]"),
            new Case("turndown", "import TurndownService from 'turndown';",
                    "new TurndownService({ headingStyle: 'atx' }).turndown('<h1>Hi</h1><p>a <b>b</b></p>')", "\"# Hi\\n\\na **b**\""),
            new Case("jmespath", "import jmespath from 'jmespath';", "jmespath.search({ a: { b: [1, 2] } }, 'a.b[1]')", "2"),
            new Case("bottleneck", "import Bottleneck from 'bottleneck';", "await (async () => { const b = new Bottleneck({"
                    + " maxConcurrent: 1, minTime: 5 }); return Promise.all([1, 2, 3].map(n => b.schedule(async () => n * 2))) })()",
                    "[2,4,6]"),
            new Case("p-retry", "import pRetry from 'p-retry';",
                    "await pRetry(async n => { if (n < 2) throw new Error('x'); return n }, { retries: 3, minTimeout: 1 })", "2"),
            new Case("async-retry", "import retry from 'async-retry';",
                    "await retry(async (bail, n) => { if (n < 2) throw new Error('x'); return n }, { retries: 3, minTimeout: 1 })",
                    "2"));

    private final Api api = Api.server();
    private final int port = Integer.getInteger("millrace.it.npm.port");
    private LocalHttpServer registry;
    private LocalHttpServer site;

    @BeforeEach
    void start() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        registry = new LocalHttpServer(port).on("/", exchange -> {
            try {
                HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create("https://registry.npmjs.org"
                        + exchange.getRequestURI().getRawPath())).timeout(Duration.ofSeconds(60))
                        .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                LocalHttpServer.answer(exchange, r.statusCode(), "application/json", r.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                LocalHttpServer.answer(exchange, 502, null, null);
            }
        }).start();
        site = new LocalHttpServer().on("/data.json", exchange -> LocalHttpServer.answer(exchange, 200, "application/json",
                "{\"ok\":true}".getBytes(StandardCharsets.UTF_8))).on("/echo", exchange -> LocalHttpServer.answer(exchange, 200,
                "application/json", ("{\"posted\":" + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8) + "}")
                        .getBytes(StandardCharsets.UTF_8))).start();
    }

    @AfterEach
    void stop() {
        registry.close();
        site.close();
    }

    @Test
    void everyLibraryRunsInAStepAndGivesTheExpectedResult() throws IOException {
        List<String> rows = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Case c : CASES) {
            String code = c.imports() + "\nexport default defineComponent({ async run() { return ("
                    + c.expression().replace("@@URL@@", site.url("/data.json")) + ") } })";
            Api.Reply created = api.post("/v1/workflows", "{\"name\":\"npm-compat-" + c.library() + "-" + System.nanoTime()
                    + "\",\"triggers\":[{\"type\":\"http\"}],\"steps\":" + JsCode.steps(JsCode.step("lib", code)) + "}");
            String version = "";
            String outcome;
            if (created.status() != 200) {
                outcome = "deploy failed: " + created.error().getString("message");
            } else {
                JsonObject wf = created.json().getJsonObject("data");
                JsonObject packages = wf.getJsonArray("steps").getJsonObject(0).getJsonObject("packages");
                version = packages == null || !packages.containsKey(c.library()) ? "" : packages.getString(c.library());
                JsonObject ex = api.runOnce(wf);
                JsonObject step = ex.getJsonArray("steps").getJsonObject(0);
                String value = step.containsKey("$return_value") ? step.get("$return_value").toString() : null;
                outcome = "success".equals(ex.getString("status")) && c.expected().equals(value) ? "ok"
                        : "run gave " + (value != null ? value : ex.toString());
            }
            boolean works = outcome.equals("ok");
            String note = works ? "" : PENDING.containsKey(c.library()) ? PENDING.get(c.library()) + "; actual: " + outcome : outcome;
            rows.add("| " + c.library() + " | " + version + " | " + (works ? "yes" : "no") + " | " + note.replace("|", "\\|") + " |");
            if (!works && !PENDING.containsKey(c.library())) {
                failures.add(c.library() + ": " + outcome);
            }
        }
        Path report = Path.of("target", "npm-compatibility.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "| library | version | works | note |\n|---|---|---|---|\n" + String.join("\n", rows) + "\n");
        assertEquals(List.of(), failures, "libraries that should work; the table is in " + report.toAbsolutePath());
    }
}
