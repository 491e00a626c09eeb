package dev.strata;

/** The elementwise comparisons; each yields a BOOL tensor. NaN compares like Java's operators. */
enum CompareOp {
  LT("lt") {
    @Override
    boolean test(double a, double b) {
      return a < b;
    }

    @Override
    boolean test(int a, int b) {
      return a < b;
    }
  },
  LE("le") {
    @Override
    boolean test(double a, double b) {
      return a <= b;
    }

    @Override
    boolean test(int a, int b) {
      return a <= b;
    }
  },
  GT("gt") {
    @Override
    boolean test(double a, double b) {
      return a > b;
    }

    @Override
    boolean test(int a, int b) {
      return a > b;
    }
  },
  GE("ge") {
    @Override
    boolean test(double a, double b) {
      return a >= b;
    }

    @Override
    boolean test(int a, int b) {
      return a >= b;
    }
  },
  EQ("eq") {
    @Override
    boolean test(double a, double b) {
      return a == b;
    }

    @Override
    boolean test(int a, int b) {
      return a == b;
    }
  },
  NE("ne") {
    @Override
    boolean test(double a, double b) {
      return a != b;
    }

    @Override
    boolean test(int a, int b) {
      return a != b;
    }
  };

  private final String opName;

  CompareOp(String opName) {
    this.opName = opName;
  }

  /** The name of the {@link Tensor} method, used in error messages. */
  String opName() {
    return opName;
  }

  /** The comparison of two floating values. */
  abstract boolean test(double a, double b);

  /** The comparison of two integer (or BOOL 0/1) values. */
  abstract boolean test(int a, int b);
}
