package counting;

import tangent.secondcourse.api.Doubling;

public class Twice implements Doubling {
    @Override
    public long twice(long n) {
        return n + n;
    }
}
