package org.rcpmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.rcpmodel.AlmatyFixture;
import org.rcpmodel.Document;
import org.rcpmodel.ImmutableParticipant;
import org.rcpmodel.Participant;
import org.rcpmodel.time.Period;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class RcpModuleTest {

  @Test
  void aConsumersMapperFindsTheModuleAndRoundTripsTheAlmatyDocument() throws IOException {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertThat(mapper.registeredModules()).anyMatch(m -> m instanceof RcpModule);

    String text = AlmatyRoundTripTest.almatyJson();
    Document read = mapper.readValue(text, Document.class);
    assertThat(read).isEqualTo(AlmatyFixture.document());
    assertThat(mapper.writeValueAsString(read)).isEqualTo(RcpJson.strict().write(read));
  }

  @Test
  void addingTheModuleChangesNoFeatureOfTheMapper() {
    JsonMapper plain = JsonMapper.builder().build();
    JsonMapper withModule = JsonMapper.builder().addModule(new RcpModule()).build();
    assertThat(withModule.deserializationConfig().getDeserializationFeatures())
        .isEqualTo(plain.deserializationConfig().getDeserializationFeatures());
    assertThat(withModule.serializationConfig().getSerializationFeatures())
        .isEqualTo(plain.serializationConfig().getSerializationFeatures());
    assertThat(withModule.deserializationConfig().getProblemHandlers()).isNull();
  }

  @Test
  void theMappersOwnUnknownPropertyPolicyIsHonoured() {
    String json = "{\"state\":\"KAZ\",\"colour\":\"blue\"}";
    JsonMapper lenient = JsonMapper.builder().addModule(new RcpModule()).build();
    assertThat(lenient.readValue(json, Participant.class)).isEqualTo(Participant.state("KAZ"));

    JsonMapper strict = JsonMapper.builder().addModule(new RcpModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    assertThatThrownBy(() -> strict.readValue(json, Participant.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("colour")
        .hasMessageContaining("field.unknown");
  }

  @Test
  void singleModelValuesAndTheGeneratedClassesBindToo() {
    JsonMapper mapper = JsonMapper.builder().addModule(new RcpModule()).build();
    assertThat(mapper.writeValueAsString(Period.parse("2025-04/.."))).isEqualTo("\"2025-04/..\"");
    assertThat(mapper.readValue("\"/2012\"", Period.class)).isEqualTo(Period.parse("/2012"));
    assertThat(mapper.readValue("{\"organization\":\"iom\"}", ImmutableParticipant.class))
        .isEqualTo(Participant.organization("iom"));
  }

  @Test
  void theModuleReportsThisLibrarysVersion() {
    assertThat(new RcpModule().version().getArtifactId()).isEqualTo("rcp-json");
    assertThat(new RcpModule().version().getGroupId()).isEqualTo("org.rcpmodel");
    assertThat(new RcpModule().version().isUnknownVersion()).isFalse();
    assertThat(new PackageVersion().version()).isEqualTo(PackageVersion.VERSION);
  }
}
