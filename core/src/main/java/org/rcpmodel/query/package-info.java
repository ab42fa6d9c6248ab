/**
 * Questions about one process at a date or during a period: who holds a role, who chairs, what
 * roles one participant held over time. Where dates are partial the answers are three-valued
 * ({@link org.rcpmodel.time.Answer}): a participant whose membership only may cover the date is
 * listed with {@code MAYBE}, never silently included or dropped.
 */
package org.rcpmodel.query;
