package io.ghlsync.sandbox.simulation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of a simulated service (its API or its control API): its errors are answered
 * by {@link SimulatorErrorAdvice} in that service's shape, and no other controller's are.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SimulatedApi {
}
