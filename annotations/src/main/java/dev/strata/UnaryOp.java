package dev.strata;

import dev.strata.internal.SpecialFunctions;

/**
 * The elementwise unary operations. All are defined on the floating dtypes (computed in {@code
 * double}, rounded on store); those with {@link #integerSupported()} also on I32 and I8 (computed
 * in {@code int}, wrapping).
 */
enum UnaryOp {
  NEG("neg", true) {
    @Override
    double apply(double x) {
      return -x;
    }

    @Override
    int apply(int x) {
      return -x;
    }
  },
  ABS("abs", true) {
    @Override
    double apply(double x) {
      return Math.abs(x);
    }

    @Override
    int apply(int x) {
      return Math.abs(x);
    }
  },
  RELU("relu", true) {
    @Override
    double apply(double x) {
      return Math.max(x, 0.0);
    }

    @Override
    int apply(int x) {
      return Math.max(x, 0);
    }
  },
  SQUARE("square", true) {
    @Override
    double apply(double x) {
      return x * x;
    }

    @Override
    int apply(int x) {
      return x * x;
    }
  },
  EXP("exp", false) {
    @Override
    double apply(double x) {
      return Math.exp(x);
    }
  },
  LOG("log", false) {
    @Override
    double apply(double x) {
      return Math.log(x);
    }
  },
  SQRT("sqrt", false) {
    @Override
    double apply(double x) {
      return Math.sqrt(x);
    }
  },
  RSQRT("rsqrt", false) {
    @Override
    double apply(double x) {
      return 1.0 / Math.sqrt(x);
    }
  },
  TANH("tanh", false) {
    @Override
    double apply(double x) {
      return Math.tanh(x);
    }
  },
  SIGMOID("sigmoid", false) {
    @Override
    double apply(double x) {
      return 1.0 / (1.0 + Math.exp(-x));
    }
  },
  GELU("gelu", false) {
    @Override
    double apply(double x) {
      return 0.5 * x * (1.0 + Math.tanh(SQRT_2_OVER_PI * (x + 0.044715 * x * x * x)));
    }
  },
  ERF("erf", false) {
    @Override
    double apply(double x) {
      return SpecialFunctions.erf(x);
    }
  },
  SIN("sin", false) {
    @Override
    double apply(double x) {
      return Math.sin(x);
    }
  },
  COS("cos", false) {
    @Override
    double apply(double x) {
      return Math.cos(x);
    }
  },
  RECIPROCAL("reciprocal", false) {
    @Override
    double apply(double x) {
      return 1.0 / x;
    }
  };

  /** {@code sqrt(2 / pi)}, the constant of the tanh approximation of GELU. */
  static final double SQRT_2_OVER_PI = Math.sqrt(2.0 / Math.PI);

  private final String opName;
  private final boolean integerSupported;

  UnaryOp(String opName, boolean integerSupported) {
    this.opName = opName;
    this.integerSupported = integerSupported;
  }

  /** The name of the {@link Tensor} method, used in error messages. */
  String opName() {
    return opName;
  }

  /** Whether the operation is defined on I32 and I8. */
  boolean integerSupported() {
    return integerSupported;
  }

  /** The floating result, before rounding to the dtype. */
  abstract double apply(double x);

  /** The integer result, before narrowing to the dtype; only for {@link #integerSupported()}. */
  int apply(int x) {
    throw new UnsupportedOperationException(opName + " has no integer form");
  }
}
