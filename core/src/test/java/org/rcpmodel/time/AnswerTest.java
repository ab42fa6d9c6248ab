package org.rcpmodel.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerTest {

    @Test
    void kleeneConjunctionIsNoWhenEitherIsNoAndYesOnlyWhenBothAre() {
        assertThat(Answer.YES.and(Answer.YES)).isEqualTo(Answer.YES);
        assertThat(Answer.YES.and(Answer.MAYBE)).isEqualTo(Answer.MAYBE);
        assertThat(Answer.MAYBE.and(Answer.MAYBE)).isEqualTo(Answer.MAYBE);
        assertThat(Answer.MAYBE.and(Answer.NO)).isEqualTo(Answer.NO);
        assertThat(Answer.NO.and(Answer.YES)).isEqualTo(Answer.NO);
    }

    @Test
    void kleeneDisjunctionIsYesWhenEitherIsYesAndNoOnlyWhenBothAre() {
        assertThat(Answer.NO.or(Answer.NO)).isEqualTo(Answer.NO);
        assertThat(Answer.NO.or(Answer.MAYBE)).isEqualTo(Answer.MAYBE);
        assertThat(Answer.MAYBE.or(Answer.YES)).isEqualTo(Answer.YES);
        assertThat(Answer.MAYBE.or(Answer.MAYBE)).isEqualTo(Answer.MAYBE);
    }

    @Test
    void negationSwapsYesAndNoAndKeepsMaybe() {
        assertThat(Answer.YES.not()).isEqualTo(Answer.NO);
        assertThat(Answer.NO.not()).isEqualTo(Answer.YES);
        assertThat(Answer.MAYBE.not()).isEqualTo(Answer.MAYBE);
    }

    @Test
    void predicatesNameTheValue() {
        assertThat(Answer.of(true)).isEqualTo(Answer.YES);
        assertThat(Answer.of(false)).isEqualTo(Answer.NO);
        assertThat(Answer.YES.isYes()).isTrue();
        assertThat(Answer.MAYBE.isYes()).isFalse();
        assertThat(Answer.NO.isNo()).isTrue();
        assertThat(Answer.MAYBE.isNo()).isFalse();
        assertThat(Answer.MAYBE.isMaybe()).isTrue();
        assertThat(Answer.YES.isMaybe()).isFalse();
        assertThat(Answer.YES.isPossible()).isTrue();
        assertThat(Answer.MAYBE.isPossible()).isTrue();
        assertThat(Answer.NO.isPossible()).isFalse();
    }
}
