package io.millrace.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.it.support.Api;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

/** The server's OpenAPI document, which the generated-request ITs walk. */
final class ApiDocument {
    private ApiDocument() {
    }

    /** Reads {@code /openapi} as the caller and parses it, its references resolved. */
    static OpenAPI read(Api api) {
        Api.Reply reply = api.get("/openapi");
        assertEquals(200, reply.status(), reply.body());
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI doc = new OpenAPIV3Parser().readContents(reply.body(), null, options).getOpenAPI();
        assertTrue(doc != null && doc.getPaths() != null, "/openapi parses");
        return doc;
    }
}
