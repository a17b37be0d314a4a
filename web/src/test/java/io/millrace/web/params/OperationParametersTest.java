package io.millrace.web.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What an operation takes, read from its resource method: query parameters and a body. */
class OperationParametersTest {
    static class Paging {
        @QueryParam("after")
        String after;

        @QueryParam("before")
        void before(String before) {
        }
    }

    static class Things {
        @QueryParam("sort")
        String sort;

        public String list(@PathParam("id") String id, @QueryParam("limit") String limit, @BeanParam Paging paging) {
            return "";
        }

        public String create(@PathParam("id") String id, @HeaderParam("Content-Type") String type, String body) {
            return "";
        }

        public String cancel(@PathParam("id") String id, @Context UriInfo uri) {
            return "";
        }
    }

    private static Method method(String name) {
        for (Method m : Things.class.getMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new AssertionError(name);
    }

    @Test
    void anOperationTakesItsMethodsAndClassesQueryParametersAndTheCommonOnes() {
        assertEquals(Set.of("limit", "after", "before", "sort", "include", "exclude", "org_id"),
                KnownQueryParameters.taken(Things.class, method("list")));
        assertEquals(Set.of("sort", "include", "exclude", "org_id"),
                KnownQueryParameters.taken(Things.class, method("create")));
    }

    @Test
    void anOperationTakesABodyWhenAParameterHasNoJaxRsAnnotation() {
        assertTrue(BodyContentType.takesBody(method("create")));
        assertFalse(BodyContentType.takesBody(method("list")));
        assertFalse(BodyContentType.takesBody(method("cancel")));
    }
}
