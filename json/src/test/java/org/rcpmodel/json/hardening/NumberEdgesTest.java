package org.rcpmodel.json.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rcpmodel.json.Codes;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.json.RcpJsonException;

/** Numbers that are short but out of range fail as typed errors at the number. */
class NumberEdgesTest {

  private static String figureWithValue(String number) {
    return """
        {"schemaVersion": "1.0", "organizations": [{"id": "iom", "name": "IOM", "figures": [
          {"metric": "memberStates", "value": %s, "approximation": "EXACT", "scope": "SUBJECT"}]}]}
        """.formatted(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e2147483648", "1e-2147483648", "-1E+9999999999", "1e-9999999999"})
  void aFigureValueWithAnExponentBeyondBigDecimalIsAFieldInvalidErrorAtTheValue(String number) {
    RcpJsonException e = catchThrowableOfType(RcpJsonException.class,
        () -> RcpJson.strict().read(figureWithValue(number)));
    assertThat(e).isNotNull();
    assertThat(e.getCode()).isEqualTo(Codes.FIELD_INVALID);
    assertThat(e.getPointer()).isEqualTo("/organizations/0/figures/0/value");
    assertThat(e.getLine()).isEqualTo(2);
    assertThat(e.getDetail()).contains(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1E+2147483647", "1e-2147483647", "-0", "0.000000001"})
  void aFigureValueAtTheEdgeOfBigDecimalIsReadExactly(String number) {
    BigDecimal value = RcpJson.strict().read(figureWithValue(number)).document().getOrganizations().get(0)
        .getFigures().get(0).getValue();
    assertThat(value).isEqualByComparingTo(new BigDecimal(number));
  }
}
