/** Every builtin type's methods (each file fills its type's dict when loaded). */
import './int_type';
import './float_type';
import './str_type';
import './bytes_type';
import './bytearray_type';
import './memoryview_type';
import './codecs';
import './list_type';
import './tuple_type';
import './dict_type';
import './set_type';
import './range_type';
import './function_type';
import './exception_type';
import './complex_type';
