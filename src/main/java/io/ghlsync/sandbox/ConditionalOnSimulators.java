package io.ghlsync.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/**
 * The annotated bean is part of the embedded simulators: mounted in simulator mode, and in sandbox
 * mode unless {@code ghlsync.sandbox.url} points at simulators running elsewhere. Never in live mode.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Documented
@ConditionalOnExpression("'${ghlsync.mode:sandbox}' == 'simulator' "
        + "or ('${ghlsync.mode:sandbox}' == 'sandbox' and '${ghlsync.sandbox.url:}'.isEmpty())")
public @interface ConditionalOnSimulators {
}
