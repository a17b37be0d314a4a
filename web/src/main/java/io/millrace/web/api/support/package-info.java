/** What every resource shares: the {@code {"data": …}} envelope, cursor paging, request bodies, field renderers. */
package io.millrace.web.api.support;
