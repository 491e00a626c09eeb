package dev.strata;

import dev.strata.internal.IntegerArithmetic;

/**
 * The arithmetic elementwise binary operations, with their floating semantics (in {@code double},
 * rounded to the dtype on store) and integer semantics (in {@code int}, wrapping, narrowed to the
 * dtype on store).
 */
enum BinaryOp {
  ADD("add") {
    @Override
    double apply(double a, double b) {
      return a + b;
    }

    @Override
    int apply(int a, int b) {
      return a + b;
    }
  },
  SUB("sub") {
    @Override
    double apply(double a, double b) {
      return a - b;
    }

    @Override
    int apply(int a, int b) {
      return a - b;
    }
  },
  MUL("mul") {
    @Override
    double apply(double a, double b) {
      return a * b;
    }

    @Override
    int apply(int a, int b) {
      return a * b;
    }
  },
  DIV("div") {
    @Override
    double apply(double a, double b) {
      return a / b;
    }

    @Override
    int apply(int a, int b) {
      if (b == 0) {
        throw new ArithmeticException("div: integer division by zero");
      }
      return a / b;
    }
  },
  POW("pow") {
    @Override
    double apply(double a, double b) {
      return Math.pow(a, b);
    }

    @Override
    int apply(int a, int b) {
      // Wraps like int multiplication; narrowing to I8 then wraps like byte.
      return IntegerArithmetic.pow(a, b);
    }
  },
  MAXIMUM("maximum") {
    @Override
    double apply(double a, double b) {
      return Math.max(a, b);
    }

    @Override
    int apply(int a, int b) {
      return Math.max(a, b);
    }
  },
  MINIMUM("minimum") {
    @Override
    double apply(double a, double b) {
      return Math.min(a, b);
    }

    @Override
    int apply(int a, int b) {
      return Math.min(a, b);
    }
  };

  private final String opName;

  BinaryOp(String opName) {
    this.opName = opName;
  }

  /** The name of the {@link Tensor} method, used in error messages. */
  String opName() {
    return opName;
  }

  /** The floating result, before rounding to the dtype. */
  abstract double apply(double a, double b);

  /** The integer result, before narrowing to the dtype. */
  abstract int apply(int a, int b);
}
