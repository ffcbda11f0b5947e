package io.ghlsync;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/** The annotated bean takes part in syncing: present in sandbox and live mode, absent in simulator mode. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Documented
@ConditionalOnExpression("'${ghlsync.mode:sandbox}' != 'simulator'")
public @interface ConditionalOnSync {
}
