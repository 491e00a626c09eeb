package dev.strata.processor.writing;

import dev.strata.processor.KernelClassWriter;
import dev.strata.processor.model.KernelModel;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;

/** A {@link KernelClassWriter} that writes nothing, standing in until the real writer exists. */
public final class PlaceholderWriter implements KernelClassWriter {
  @Override
  public void write(List<KernelModel> kernels, ProcessingEnvironment env) {}
}
