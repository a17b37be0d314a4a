package io.millrace.web.params;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource whose JSON body field {@code org_id} is its own input (an administrator naming the
 * workspace to act in) rather than the common parameter: {@link CommonParameters} leaves it in the body.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface OrgIdInBody {
}
