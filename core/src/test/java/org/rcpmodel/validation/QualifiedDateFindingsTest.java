package org.rcpmodel.validation;

import static org.rcpmodel.validation.Docs.*;
import static org.rcpmodel.validation.RuleCatalogue.*;
import static org.rcpmodel.validation.Severity.*;
import static org.rcpmodel.validation.ValidationReportAssert.assertThat;

import org.junit.jupiter.api.Test;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.Document;
import org.rcpmodel.Meeting;
import org.rcpmodel.MeetingLevel;
import org.rcpmodel.Participant;
import org.rcpmodel.Role;

/**
 * A finding that rests on an uncertain or approximate date is possible, not proven: where a
 * neighbouring value of the qualified date would change the answer, the rule's YES becomes MAYBE and
 * its severity drops one step (ERROR to WARNING, WARNING to INFO); where no neighbouring value would,
 * the finding keeps its severity. Each test pairs the plain record with its qualified form.
 */
class QualifiedDateFindingsTest {

  private static Chairmanship chair(String code, String period) {
    return Chairmanship.builder().addChairs(Participant.state(code)).period(p(period)).build();
  }

  private static Meeting meeting(String period) {
    return Meeting.builder().id("m").level(MeetingLevel.MINISTERIAL_CONFERENCE).host("KAZ").period(p(period)).build();
  }

  @Test
  void aStartApproximatelyTheYearBeforeEstablishmentMayBeBeforeIt() {
    assertThat(validate(process().addParticipations(member("UZB", "2012/.."))))
        .hasSingleViolation(DATE_BEFORE_ESTABLISHMENT, ERROR, "/processes/0/participations/2/period");
    assertThat(validate(process().addParticipations(member("UZB", "2012~/.."))))
        .hasSingleViolation(DATE_BEFORE_ESTABLISHMENT, WARNING, "/processes/0/participations/2/period");
  }

  @Test
  void aStartWellBeforeAnApproximateEstablishmentIsStillAnError() {
    assertThat(validate(process().established(d("2013~")).addParticipations(member("UZB", "2010/.."))))
        .hasViolation(DATE_BEFORE_ESTABLISHMENT, ERROR, "/processes/0/participations/2/period");
  }

  @Test
  void aMemberFromTheYearOfAnUncertainEstablishmentMayBeFromBeforeIt() {
    // 2013 inside the unit of 2013 is not before it (the refinement principle); inside 2013? it may be
    assertThat(validate(process())).hasNoViolation(DATE_BEFORE_ESTABLISHMENT);
    assertThat(validate(process().established(d("2013?"))))
        .hasViolation(DATE_BEFORE_ESTABLISHMENT, WARNING, "/processes/0/participations/0/period");
  }

  @Test
  void aDateApproximatelyAfterTheAsOfDateIsAdviceNotAWarning() {
    assertThat(validate(with(process().addMeetings(meeting("2025-03")))))
        .hasSingleViolation(DATE_AFTER_ASOF, WARNING, "/processes/0/meetings/0/period");
    assertThat(validate(with(process().addMeetings(meeting("2025-02~")))))
        .hasSingleViolation(DATE_AFTER_ASOF, INFO, "/processes/0/meetings/0/period");
  }

  @Test
  void chairTermsWithAnApproximateEndMayOverlap() {
    // A term ending in 2016 and one starting in 2016-06 may hand over: a hand-over the recorded
    // precision allows is not an overlap (docs/DOMAIN.md, principle 4).
    assertThat(validate(process().addChairs(chair("KAZ", "2014/2016"), chair("KGZ", "2016-06/2018"))))
        .hasNoViolation(CHAIR_OVERLAP);
    assertThat(validate(process().addChairs(chair("KAZ", "2014/2016-09"), chair("KGZ", "2016-08-15/2018"))))
        .hasSingleViolation(CHAIR_OVERLAP, ERROR, "/processes/0/chairs/1");
    // About September 2016 reaches back to 15 August: the approximate end allows a hand-over on the
    // day the next term starts, and a hand-over the recorded dates allow is not an overlap.
    assertThat(validate(process().addChairs(chair("KAZ", "2014/2016-09~"), chair("KGZ", "2016-08-15/2018"))))
        .hasNoViolation(CHAIR_OVERLAP);
    // About November 2016 reaches back only to October: August 15 to October 1 is shared in every
    // reading, so the qualifier decides nothing and the overlap stays an ERROR.
    assertThat(validate(process().addChairs(chair("KAZ", "2014/2016-11~"), chair("KGZ", "2016-08-15/2018"))))
        .hasSingleViolation(CHAIR_OVERLAP, ERROR, "/processes/0/chairs/1");
  }

  @Test
  void chairTermsHandedOverOnAnApproximateDateDoNotOverlap() {
    assertThat(validate(process().addChairs(chair("KAZ", "2014/2016~"), chair("KGZ", "2016~/2018"))))
        .hasNoViolation(CHAIR_OVERLAP).hasNoViolation(CHAIR_GAP);
  }

  @Test
  void standingRolesThatOverlapOnlyIfAnUncertainEndIsRightMayConflict() {
    assertThat(validate(process().addParticipations(member("UZB", "2014/2017"),
        participation("UZB", Role.OBSERVER, "2016-06/2018", "s1"))))
        .hasSingleViolation(ROLE_CONFLICT, ERROR, "/processes/0/participations/3");
    assertThat(validate(process().addParticipations(member("UZB", "2014/2017?"),
        participation("UZB", Role.OBSERVER, "2016-06/2018", "s1"))))
        .hasSingleViolation(ROLE_CONFLICT, WARNING, "/processes/0/participations/3");
  }

  @Test
  void aChairWhoseMembershipBeganApproximatelyThenMayNotHaveBeenAMember() {
    assertThat(validate(process().addParticipations(member("UZB", "2014/..")).addChairs(chair("UZB", "2014-06/2015"))))
        .hasNoViolation(CHAIR_NOT_MEMBER);
    assertThat(validate(process().addParticipations(member("UZB", "2014~/..")).addChairs(chair("UZB", "2014-06/2015"))))
        .hasSingleViolation(CHAIR_NOT_MEMBER, WARNING, "/processes/0/chairs/0/chairs/0");
  }

  @Test
  void unspecifiedDigitsWidenTheDatesTheRulesRead() {
    Document doc = with(process().addMeetings(meeting("1985-XX-XX")));
    assertThat(validate(doc)).hasNoViolation(DATE_AFTER_ASOF);
    assertThat(validate(process().addParticipations(member("UZB", "201X/.."))))
        .hasSingleViolation(DATE_BEFORE_ESTABLISHMENT, WARNING, "/processes/0/participations/2/period");
    assertThat(validate(process().addParticipations(member("UZB", "200X/.."))))
        .hasSingleViolation(DATE_BEFORE_ESTABLISHMENT, ERROR, "/processes/0/participations/2/period");
  }
}
