package io.millrace.web.params;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource class: {@link KnownQueryParameters} checks the query of its operations also when the
 * request has no authenticated caller (an endpoint whose authentication can be switched off).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface QueryCheckedWithoutCaller {
}
