package org.rcpmodel.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rcpmodel.Facts;
import org.rcpmodel.Participation;
import org.rcpmodel.Role;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.Span;

/**
 * The comparisons of one participant's records that the role and conflict rules report, computed
 * once per process: for every record j and each relation, the strongest answer over the records
 * i &lt; j it holds with, and the first such i that gives it. The relations, between two records a
 * and b of one participant:
 *
 * <ul>
 *   <li>{@link #DUPLICATE}: from shared sources (or a record without sources), the same role, spans
 *       that overlap ({@link org.rcpmodel.time.Span#overlaps}; a hand-over is no overlap);
 *   <li>{@link #ROLE_CONFLICT}: from shared sources, two different standing roles, spans that overlap;
 *   <li>{@link #FACT_CONFLICT}: from disjoint sources, the same fact ({@link Facts#sameFact}: one
 *       participant doing one job, so also a SECRETARIAT beside a SUPPORT_UNIT) told in two ways
 *       that cannot both be true: they do not agree ({@link Facts#agree}; a SECRETARIAT and a
 *       SUPPORT_UNIT are one job told two ways, a disagreement, issue 12); the answer is whether
 *       their spans surely share a day ({@link org.rcpmodel.time.Span#intersects}), and at most
 *       MAYBE when one record's sources are all superseded by the other's (format 1.1: an outdated
 *       record, not a dispute).
 * </ul>
 *
 * <p>Identical records are compared once: the records of a participant are grouped by value, and
 * every pair of groups is compared, so the work is quadratic in the number of distinct records of
 * one participant only. Beyond {@link #EXACT_GROUPS} distinct records of one participant (no real
 * document comes near), the pairs compared are those of a sort-and-sweep that keeps, per role, the
 * earlier record reaching furthest; a finding may then be missed, never invented.
 */
final class ParticipantPairs {

  static final int DUPLICATE = 0;
  static final int ROLE_CONFLICT = 1;
  static final int FACT_CONFLICT = 2;
  private static final int KINDS = 3;

  /** Up to this many distinct records of one participant every pair is compared. */
  static final int EXACT_GROUPS = 1024;
  /** Up to this many records of one participant are compared pair by pair, without grouping. */
  private static final int DIRECT = 8;

  private final ProcessIndex p;
  /**
   * For each kind and record, the first earlier record giving the best answer and that answer, as
   * {@code (first + 1) << 1 | (YES ? 1 : 0)}, 0 for none; a kind's row is allocated when first needed.
   */
  private final int[][] found = new int[KINDS][];

  ParticipantPairs(ProcessIndex p) {
    this.p = p;
    for (List<Integer> records : p.byParticipant.values()) {
      if (records.size() > 1) {
        participant(records);
      }
    }
  }

  /** The first earlier record with which record {@code j} holds the relation {@code kind} best, or -1. */
  int first(int kind, int j) {
    return found[kind] == null ? -1 : (found[kind][j] >> 1) - 1;
  }

  /** The best answer of relation {@code kind} between record {@code j} and an earlier record; null if none. */
  Answer answer(int kind, int j) {
    if (found[kind] == null || found[kind][j] == 0) {
      return null;
    }
    return (found[kind][j] & 1) == 1 ? Answer.YES : Answer.MAYBE;
  }

  /** Records that record {@code j} holds relation {@code kind} with {@code i} < j, keeping the strongest, first. */
  private void offer(int kind, int j, int i, Answer a) {
    if (found[kind] == null) {
      found[kind] = new int[p.participations.size()];
    }
    int current = found[kind][j];
    if (current == 0 || a == Answer.YES && (current & 1) == 0) {
      found[kind][j] = (i + 1) << 1 | (a == Answer.YES ? 1 : 0);
    }
  }

  private void participant(List<Integer> records) {
    if (records.size() <= DIRECT) {
      // Most participants have one or two records: compare them directly, allocating nothing.
      for (int x = 1; x < records.size(); x++) {
        int j = records.get(x);
        for (int y = 0; y < x; y++) {
          int i = records.get(y);
          relate(p.participations.get(i), p.participations.get(j));
          for (int kind = 0; kind < KINDS; kind++) {
            if (scratch[kind] != null) {
              offer(kind, j, i, scratch[kind]);
            }
          }
        }
      }
      return;
    }
    Map<Participation, List<Integer>> byValue = new LinkedHashMap<>();
    for (int i : records) {
      byValue.computeIfAbsent(p.participations.get(i), k -> new ArrayList<>(1)).add(i);
    }
    if (byValue.size() > EXACT_GROUPS) {
      sweep(records);
      return;
    }
    List<Participation> values = new ArrayList<>(byValue.keySet());
    List<List<Integer>> members = new ArrayList<>(byValue.values());
    int groups = values.size();
    for (int g = 0; g < groups; g++) {
      // The groups g relates to, by their first record; g itself when two of its records relate.
      List<long[]> related = new ArrayList<>();
      for (int h = 0; h < groups; h++) {
        if (h == g && members.get(g).size() < 2) {
          continue;
        }
        relate(values.get(h), values.get(g));
        for (int kind = 0; kind < KINDS; kind++) {
          if (scratch[kind] != null) {
            related.add(new long[] {members.get(h).get(0), kind, scratch[kind].ordinal()});
          }
        }
      }
      if (related.isEmpty()) {
        continue;
      }
      related.sort((a, b) -> Long.compare(a[0], b[0]));
      int next = 0;
      Answer[] best = new Answer[KINDS];
      int[] bestFirst = new int[KINDS];
      for (int j : members.get(g)) {
        while (next < related.size() && related.get(next)[0] < j) {
          long[] r = related.get(next++);
          int kind = (int) r[1];
          Answer a = Answer.values()[(int) r[2]];
          if (best[kind] == null || stronger(a, best[kind])) {
            best[kind] = a;
            bestFirst[kind] = (int) r[0];
          }
        }
        for (int kind = 0; kind < KINDS; kind++) {
          if (best[kind] != null) {
            offer(kind, j, bestFirst[kind], best[kind]);
          }
        }
      }
    }
  }

  private static boolean stronger(Answer a, Answer b) {
    return a == Answer.YES && b != Answer.YES;
  }

  /** The answers of the last {@link #relate} call, by kind; null where the relation does not hold. */
  private final Answer[] scratch = new Answer[KINDS];

  /** Puts the relations between an earlier record a and a later b in {@link #scratch}. */
  private void relate(Participation a, Participation b) {
    Answer[] out = scratch;
    Arrays.fill(out, null);
    if (DocumentIndex.disjointSources(a.getSources(), b.getSources())) {
      if (Facts.sameFact(a, b) && !Facts.agree(a, b)) {
        Answer shared = a.span().intersects(b.span());
        // A record whose sources the other's supersede is outdated, not disputed: at most advice.
        boolean outdated = shared == Answer.YES && (p.document.outdatedBy(a.getSources(), b.getSources())
            || p.document.outdatedBy(b.getSources(), a.getSources()));
        out[FACT_CONFLICT] = outdated ? Answer.MAYBE : shared;
      }
      return;
    }
    Answer overlap = a.span().overlaps(b.span());
    if (overlap == Answer.NO) {
      return;
    }
    if (a.getRole() == b.getRole()) {
      out[DUPLICATE] = overlap;
    } else if (a.getRole().isStanding() && b.getRole().isStanding()) {
      out[ROLE_CONFLICT] = overlap;
    }
  }

  /**
   * The pairs of a sort-and-sweep, for a participant with very many distinct records: in start
   * order, each record is compared, for each role, with the earlier record of that role that reaches
   * furthest (greatest latest end).
   */
  private void sweep(List<Integer> records) {
    Span[] spans = p.participationSpans;
    List<Integer> sorted = new ArrayList<>(records);
    sorted.sort((a, b) -> {
      int byEarliestStart = Span.BY_EARLIEST_START.compare(spans[a], spans[b]);
      return byEarliestStart != 0 ? byEarliestStart : Integer.compare(a, b);
    });
    Role[] roles = Role.values();
    int[] reachByRole = new int[roles.length];
    Arrays.fill(reachByRole, -1);
    for (int current : sorted) {
      Participation record = p.participations.get(current);
      for (Role role : roles) {
        int other = reachByRole[role.ordinal()];
        if (other < 0) {
          continue;
        }
        int earlier = Math.min(current, other);
        int later = Math.max(current, other);
        relate(p.participations.get(earlier), p.participations.get(later));
        for (int kind = 0; kind < KINDS; kind++) {
          if (scratch[kind] != null) {
            offer(kind, later, earlier, scratch[kind]);
          }
        }
      }
      int reach = reachByRole[record.getRole().ordinal()];
      if (reach < 0 || Span.BY_LATEST_END.compare(spans[current], spans[reach]) >= 0) {
        reachByRole[record.getRole().ordinal()] = current;
      }
    }
  }
}
