package io.millrace.application.connect;

import java.util.List;

/**
 * What {@code GET /v1/connect/apps} asks for: search text, categories (ids), whether the app must have components,
 * actions or triggers (null: either way), the order and the page ({@code after}/{@code before}: an app id).
 */
public record AppQuery(String q, List<String> categoryIds, Boolean hasComponents, Boolean hasActions,
                       Boolean hasTriggers, String sortKey, String sortDirection, int limit, String after,
                       String before) {
}
