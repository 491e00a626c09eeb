package dev.strata.processor;

import dev.strata.processor.model.KernelModel;
import dev.strata.processor.writing.KernelsClassWriter;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * The generate step: turns the valid kernels of one class into the generated
 * {@code <Class>Kernels}. The processor hands it only kernels without errors, never an empty list.
 */
public interface KernelClassWriter {
  /** Writes the generated class for {@code kernels}, all declared in one class. */
  void write(List<KernelModel> kernels, ProcessingEnvironment env);

  /** The writer the processor uses. */
  static KernelClassWriter create() {
    return new KernelsClassWriter();
  }
}
