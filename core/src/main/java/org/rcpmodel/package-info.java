/**
 * The domain model of inter-State consultation mechanisms on migration: States, organizations,
 * consultative processes, participations and their roles, chair terms, meetings, declarations,
 * frameworks, migration figures, people, posts and sources, held together by a {@link org.rcpmodel.Document}.
 *
 * <p>Every type here is an immutable value built with a builder ({@code State.builder()...build()}):
 * instances are thread-safe, reject {@code null} at construction with a {@link NullPointerException}
 * naming the attribute, hold unmodifiable copies of the collections they were given, and compare by
 * value. Accessors follow the JavaBeans convention ({@code getName()}, {@code isX()}) so that a plain
 * {@code jakarta.validation.Validator} sees the constraints declared on them; the attribute names used
 * by builders and by the JSON format are the property names ({@code name}).
 *
 * <p>The model records what sources say, including records that disagree; it does not decide between
 * them. Checking a document is the job of {@code org.rcpmodel.validation}.
 */
@Value.Style(
    get = {"get*", "is*"},
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(prehash = false))
package org.rcpmodel;

import org.immutables.value.Value;
