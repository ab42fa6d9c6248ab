package org.rcpmodel.validation;

import static org.rcpmodel.validation.RuleId.RULE_REF_CYCLE;

import java.util.List;
import org.rcpmodel.Organization;

/**
 * The parent loop rule, {@code ref.cycle}: organizations' parents must not run in a loop (an
 * organization that is, through its parents, its own parent). Each loop is reported once, at the
 * parent of its organization that comes first in the document, with the loop's ids. That a parent
 * names an organization is {@link ReferenceRules}'; a parent that names none ends the chain.
 *
 * <p>One pass over the organizations, each visited once: linear in their number. Not thread-safe.
 */
final class ParentLoopRules {

  /** How many ids of a parent loop a ref.cycle message names before it counts the rest. */
  private static final int LOOP_IDS_SHOWN = 6;

  private final DocumentIndex index;
  private final Findings findings;

  ParentLoopRules(DocumentIndex index, Findings findings) {
    this.index = index;
    this.findings = findings;
  }

  /** The parent loops of the document's organizations. */
  void document() {
    List<Organization> organizations = index.doc.getOrganizations();
    int n = organizations.size();
    // Parent loops, iteratively: 0 = not seen, 1 = on the chain being walked, 2 = done.
    int[] state = new int[n];
    int[] chain = new int[n];
    for (int i = 0; i < n; i++) {
      if (state[i] != 0) {
        continue;
      }
      int length = 0;
      int current = i;
      while (current >= 0 && state[current] == 0) {
        state[current] = 1;
        chain[length++] = current;
        current = index.parentIndex(organizations.get(current));
      }
      if (current >= 0 && state[current] == 1) {
        int from = 0;
        while (chain[from] != current) {
          from++;
        }
        int lowest = Integer.MAX_VALUE;
        StringBuilder loop = new StringBuilder();
        int members = length - from;
        for (int k = from; k < length; k++) {
          lowest = Math.min(lowest, chain[k]);
          // A message stays one readable line however long the loop: name the first few, count the rest.
          if (k - from < LOOP_IDS_SHOWN || members <= LOOP_IDS_SHOWN + 1) {
            loop.append(organizations.get(chain[k]).getId()).append(" → ");
          } else if (k - from == LOOP_IDS_SHOWN) {
            loop.append("… [").append(members).append("] → ");
          }
        }
        loop.append(organizations.get(current).getId());
        findings.report(RULE_REF_CYCLE, Loc.ROOT.at("organizations", lowest).at("parent"),
            "id", organizations.get(lowest).getId(), "loop", loop.toString());
      }
      for (int k = 0; k < length; k++) {
        state[chain[k]] = 2;
      }
    }
  }
}
