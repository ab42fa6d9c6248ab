/**
 * What changed between two snapshots of a document: {@link org.rcpmodel.diff.DocumentDiff} lists
 * {@link org.rcpmodel.diff.Change}s (who joined, left or changed role; chair terms added, ended or
 * changed in status; dates refined as distinct from dates changed; records added, removed or changed),
 * each with the JSON Pointers before and after and the values. Records are paired by
 * {@link org.rcpmodel.Facts}' notions of "same fact" and "agree".
 */
package org.rcpmodel.diff;
