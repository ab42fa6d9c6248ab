/**
 * Merging documents written from different sources into one record that holds them all:
 * {@link org.rcpmodel.merge.DocumentMerge}. Records that agree become one record citing every source,
 * with the most precise dates; records that disagree stay side by side for the validator to report as
 * {@code fact.conflict}; ids that name different things are renamed or refused; every input record is
 * accounted for in the {@link org.rcpmodel.merge.MergeResult}. "Same fact", "agree" and "refine" are
 * {@link org.rcpmodel.Facts}'.
 */
package org.rcpmodel.merge;
