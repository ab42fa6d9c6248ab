package org.rcpmodel.json.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.rcpmodel.json.Codes;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.json.RcpJsonException;

/** An array of the format longer than the limit fails at the first element over it. */
class ArrayLengthLimitTest {

  private static String processCiting(int sources) {
    StringBuilder sb = new StringBuilder("{\"schemaVersion\": \"1.0\", \"processes\": [{\"id\": \"p\", \"name\": \"P\", "
        + "\"kind\": \"RCP\", \"sources\": [");
    for (int i = 0; i < sources; i++) {
      sb.append(i == 0 ? "" : ",").append("\"s\"");
    }
    return sb.append("]}]}").toString();
  }

  @Test
  void anArrayOneElementOverTheDefaultLimitFailsAtThatElement() {
    String json = processCiting(RcpJson.DEFAULT_MAX_ARRAY_LENGTH + 1);
    RcpJsonException e = catchThrowableOfType(RcpJsonException.class, () -> RcpJson.strict().read(json));
    assertThat(e.getCode()).isEqualTo(Codes.LIMIT);
    assertThat(e.getPointer()).isEqualTo("/processes/0/sources/" + RcpJson.DEFAULT_MAX_ARRAY_LENGTH);
    assertThat(e.getDetail()).isEqualTo(
        "The input exceeds a reading limit: Array length exceeds the maximum of 100000 elements");
  }

  @Test
  void anArrayAtTheLimitIsRead() {
    assertThat(RcpJson.strict().read(processCiting(RcpJson.DEFAULT_MAX_ARRAY_LENGTH)).document().getProcesses()
        .get(0).getSources()).hasSize(RcpJson.DEFAULT_MAX_ARRAY_LENGTH);
  }

  @Test
  void theLimitCanBeLoweredAndIsCheckedForEveryArrayOfTheFormat() {
    RcpJson small = RcpJson.builder().maxArrayLength(2).build();
    assertThat(small.read(processCiting(2)).document().getProcesses().get(0).getSources()).hasSize(2);
    RcpJsonException e = catchThrowableOfType(RcpJsonException.class, () -> small.read(
        "{\"schemaVersion\": \"1.0\", \"states\": [{\"code\": \"KAZ\", \"name\": \"K\"}, {\"code\": \"KGZ\", \"name\": \"K\"},"
            + " {\"code\": \"TJK\", \"name\": \"T\"}]}"));
    assertThat(e.getPointer()).isEqualTo("/states/2");
    assertThatThrownBy(() -> RcpJson.builder().maxArrayLength(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxArrayLength");
  }

  @Test
  void arraysInsideSkippedUnknownPropertiesAreNotCounted() {
    RcpJson small = RcpJson.builder().lenient(true).maxArrayLength(2).build();
    assertThat(small.read("{\"schemaVersion\": \"1.0\", \"extra\": [1, 2, 3, 4, 5]}").warnings()).hasSize(1);
  }
}
